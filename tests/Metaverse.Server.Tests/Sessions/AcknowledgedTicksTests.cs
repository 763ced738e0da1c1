using Metaverse.Server.Sessions;

namespace Metaverse.Server.Tests.Sessions;

public sealed class AcknowledgedTicksTests
{
    [Fact]
    public void Keeps_the_newest_and_every_tick_acknowledged_in_the_window_before_it()
    {
        var acks = new AcknowledgedTicks();
        foreach (var tick in new uint[] { 10, 12, 11, 15, 13 })
        {
            acks.Add(tick);
        }

        Assert.Equal(15u, acks.Newest);
        Assert.Equal([10u, 11, 12, 13, 15], Enumerable.Range(1, 20).Select(t => (uint)t).Where(acks.Contains));
    }

    [Fact]
    public void Forgets_ticks_that_fall_out_of_the_window_and_ignores_ones_older_than_it()
    {
        var acks = new AcknowledgedTicks();
        acks.Add(100);
        acks.Add(101);
        acks.Add(164);
        acks.Add(90);

        Assert.False(acks.Contains(100));
        Assert.True(acks.Contains(101));
        Assert.False(acks.Contains(90));
        acks.Add(1_000);
        Assert.Equal([1_000u], new uint[] { 101, 164, 1_000 }.Where(acks.Contains));
    }

    [Fact]
    public void Tick_zero_is_never_acknowledged_and_clear_forgets_everything()
    {
        var acks = new AcknowledgedTicks();
        acks.Add(0);
        Assert.Equal(0u, acks.Newest);
        Assert.False(acks.Contains(0));

        acks.Add(5);
        acks.Clear();

        Assert.Equal(0u, acks.Newest);
        Assert.False(acks.Contains(5));
    }
}
