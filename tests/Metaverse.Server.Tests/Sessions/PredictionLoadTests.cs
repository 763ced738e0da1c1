using Metaverse.Server.Sessions;

namespace Metaverse.Server.Tests.Sessions;

public sealed class PredictionLoadTests
{
    private const double PeriodMicros = 1e6 / 30;

    [Fact]
    public void Curves_while_composing_takes_a_small_share_of_the_tick()
    {
        var load = new PredictionLoad(30);

        Feed(load, ticks: 200, share: 0.3);

        Assert.False(load.LinesOnly);
        Assert.Equal(0, load.LinesOnlyTicks);
    }

    [Fact]
    public void Lines_once_composing_takes_half_the_tick_and_curves_again_only_below_a_third()
    {
        var load = new PredictionLoad(30);

        Feed(load, ticks: 100, share: 0.6);
        Assert.True(load.LinesOnly);

        Feed(load, ticks: 200, share: 0.4);
        Assert.True(load.LinesOnly);

        Feed(load, ticks: 200, share: 0.2);
        Assert.False(load.LinesOnly);
        Assert.InRange(load.LinesOnlyTicks, 250, 400);
    }

    [Fact]
    public void One_slow_tick_does_not_switch_to_lines()
    {
        var load = new PredictionLoad(30);
        Feed(load, ticks: 100, share: 0.1);

        Feed(load, ticks: 1, share: 3);

        Assert.False(load.LinesOnly);
    }

    private static void Feed(PredictionLoad load, int ticks, double share)
    {
        for (var i = 0; i < ticks; i++)
        {
            load.Add(share * PeriodMicros);
        }
    }
}
