using Metaverse.Shared.Net.Security;

namespace Metaverse.Shared.Tests.Net.Security;

public sealed class ReplayWindowTests
{
    [Fact]
    public void Any_counter_is_new_to_an_empty_window_including_zero()
    {
        var window = new ReplayWindow();

        Assert.True(window.IsNew(0));
        Assert.True(window.IsNew(ulong.MaxValue));
    }

    [Fact]
    public void A_marked_counter_is_a_duplicate()
    {
        var window = new ReplayWindow();
        window.Mark(0);
        window.Mark(5);

        Assert.False(window.IsNew(0));
        Assert.False(window.IsNew(5));
        Assert.True(window.IsNew(6));
    }

    [Fact]
    public void An_unmarked_older_counter_within_the_window_is_new_once()
    {
        var window = new ReplayWindow();
        window.Mark(300);

        Assert.True(window.IsNew(299));
        Assert.True(window.IsNew(300 - ReplayWindow.Size + 1));
        window.Mark(299);
        Assert.False(window.IsNew(299));
        Assert.True(window.IsNew(298));
    }

    [Fact]
    public void A_counter_the_window_size_or_more_behind_the_highest_is_refused()
    {
        var window = new ReplayWindow();
        window.Mark(1000);

        Assert.False(window.IsNew(1000 - ReplayWindow.Size));
        Assert.False(window.IsNew(0));
        Assert.True(window.IsNew(1000 - ReplayWindow.Size + 1));
    }

    [Fact]
    public void Marks_do_not_leak_into_the_counters_that_reuse_their_slots_after_the_window_moves()
    {
        var window = new ReplayWindow();
        for (ulong c = 0; c < 10; c++)
        {
            window.Mark(c);
        }

        window.Mark(ReplayWindow.Size + 20);

        for (ulong c = ReplayWindow.Size; c < ReplayWindow.Size + 20; c++)
        {
            Assert.True(window.IsNew(c), $"counter {c} was never opened");
        }

        Assert.False(window.IsNew(ReplayWindow.Size + 20));
        Assert.False(window.IsNew(5));
    }

    [Theory]
    [InlineData(1UL << 20)]
    [InlineData(1UL << 40)]
    [InlineData(ulong.MaxValue - 1)]
    public void A_big_jump_clears_the_window_and_keeps_the_new_highest(ulong jump)
    {
        var window = new ReplayWindow();
        for (ulong c = 0; c < ReplayWindow.Size; c++)
        {
            window.Mark(c);
        }

        window.Mark(jump);

        Assert.False(window.IsNew(jump));
        Assert.True(window.IsNew(jump - 1));
        Assert.True(window.IsNew(jump - ReplayWindow.Size + 1));
        Assert.False(window.IsNew(jump - ReplayWindow.Size));
        Assert.False(window.IsNew(3));
        Assert.True(window.IsNew(jump + 1));
    }

    [Fact]
    public void Every_counter_of_a_long_in_order_run_is_new_once()
    {
        var window = new ReplayWindow();
        for (ulong c = 0; c < 5000; c++)
        {
            Assert.True(window.IsNew(c));
            window.Mark(c);
            Assert.False(window.IsNew(c));
            Assert.False(window.IsNew(c / 2));
        }
    }
}
