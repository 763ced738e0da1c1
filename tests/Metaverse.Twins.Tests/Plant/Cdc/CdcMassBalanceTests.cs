using Metaverse.Twins.Core;

namespace Metaverse.Twins.Tests.Plant.Cdc;

public class CdcMassBalanceTests
{
    [Fact]
    public void Fed_equals_tablets_plus_diverted_plus_holdup_over_an_eventful_eight_hours()
    {
        var line = CdcTestLines.Create(11);
        var events = new ScheduledCommand[]
        {
            new(1800, TwinCommand.Of("refill", ("feeder", "api"))),
            new(3600, TwinCommand.Of("fault", ("kind", "feeder_bridging"))),
            new(4000, TwinCommand.Of("fault", ("kind", "clear"))),
            new(7200, TwinCommand.Of("setpoint", ("name", "blender.tanks"), ("value", "9"))),
            new(9000, TwinCommand.Of("stop")),
            new(9600, TwinCommand.Of("start")),
            new(12000, TwinCommand.Of("setpoint", ("name", "press.turret_speed"), ("value", "70"))),
        };

        var (trajectory, error) = TwinRunner.Run(line, 8 * 3600, 600, events);

        Assert.Null(error);
        var diverted = trajectory.Column("divert.mass")[^1];
        Assert.True(diverted > 0, "the events should divert some material");
        Assert.True(CdcTestLines.MassBalanceError(line) < 1e-9, $"mass balance error {CdcTestLines.MassBalanceError(line):E2}");
        Assert.True(trajectory.Column("mass.fed")[^1] > 100, "an 8 h run at ~20 kg/h feeds well over 100 kg");
    }

    [Fact]
    public void Mass_balance_holds_at_the_server_tick()
    {
        var line = CdcTestLines.Create(3, ("feeder.refill_level", 0.9));
        for (var i = 0; i < 30 * 600; i++)
        {
            line.Step(1.0 / 30);
        }

        Assert.True(CdcTestLines.MassBalanceError(line) < 1e-9);
        Assert.Equal(600, line.TimeSeconds, 9);
    }
}
