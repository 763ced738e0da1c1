using Metaverse.Shared.Net.Reliability;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Reliability;

public sealed class ReceivedPacketWindowTests
{
    [Fact]
    public void Empty_window_has_nothing_latest_stale_or_acked()
    {
        var window = new ReceivedPacketWindow();

        Assert.Equal(0u, window.Latest);
        Assert.False(window.IsStale(1));
        Assert.False(window.IsStale(uint.MaxValue / 2));
        Assert.False(window.IsDuplicate(1));
        Assert.Equal(0u, window.AckBits());
    }

    [Fact]
    public void Recorded_sequence_is_a_duplicate_and_its_neighbours_are_not()
    {
        var window = new ReceivedPacketWindow();

        window.Record(5);

        Assert.True(window.IsDuplicate(5));
        Assert.False(window.IsDuplicate(4));
        Assert.False(window.IsDuplicate(6));
        Assert.False(window.IsDuplicate(5 + Protocol.ReceivedPacketWindow));
    }

    [Fact]
    public void Latest_only_moves_forward()
    {
        var window = new ReceivedPacketWindow();

        window.Record(10);
        window.Record(8);
        Assert.Equal(10u, window.Latest);

        window.Record(11);
        Assert.Equal(11u, window.Latest);
        Assert.True(window.IsDuplicate(8));
    }

    [Fact]
    public void Sequences_a_full_window_behind_the_latest_are_stale()
    {
        var window = new ReceivedPacketWindow();

        window.Record(2000);

        Assert.True(window.IsStale(2000 - Protocol.ReceivedPacketWindow));
        Assert.True(window.IsStale(1));
        Assert.False(window.IsStale(2000 - Protocol.ReceivedPacketWindow + 1));
        Assert.False(window.IsStale(1999));
        Assert.False(window.IsStale(2001));
    }

    [Fact]
    public void Staleness_is_measured_across_the_wrap()
    {
        var window = new ReceivedPacketWindow();

        window.Record(uint.MaxValue);
        window.Record(5);

        Assert.Equal(5u, window.Latest);
        Assert.False(window.IsStale(uint.MaxValue - 10));
        Assert.True(window.IsStale(uint.MaxValue - 2000));
    }

    [Fact]
    public void AckBits_set_bit_i_for_sequence_latest_minus_one_minus_i()
    {
        var window = new ReceivedPacketWindow();
        foreach (var sequence in new uint[] { 67, 68, 97, 99, 100 })
        {
            window.Record(sequence);
        }

        // 99 → bit 0, 97 → bit 2, 68 → bit 31; 67 is one beyond the 32 bits.
        Assert.Equal(100u, window.Latest);
        Assert.Equal(0x80000005u, window.AckBits());
    }

    [Fact]
    public void AckBits_do_not_include_the_latest_itself()
    {
        var window = new ReceivedPacketWindow();

        window.Record(1);

        Assert.Equal(1u, window.Latest);
        Assert.Equal(0u, window.AckBits());
    }

    [Fact]
    public void AckBits_across_the_wrap_leave_the_bit_of_sequence_zero_clear()
    {
        var window = new ReceivedPacketWindow();
        foreach (var sequence in new[] { uint.MaxValue - 1, uint.MaxValue, 1u, 2u })
        {
            window.Record(sequence);
        }

        // Latest 2: bit 0 → 1, bit 1 → 0 (never sent), bit 2 → uint.MaxValue, bit 3 → uint.MaxValue − 1.
        Assert.Equal(2u, window.Latest);
        Assert.Equal(0b1101u, window.AckBits());
    }
}
