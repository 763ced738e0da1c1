using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Wire;

public sealed class WireReaderTests
{
    [Fact]
    public void Reads_from_an_empty_buffer_return_false_without_throwing()
    {
        var reader = new WireReader([]);

        Assert.False(reader.TryReadByte(out var b));
        Assert.False(reader.TryReadUInt16(out var u16));
        Assert.False(reader.TryReadUInt32(out var u32));
        Assert.False(reader.TryReadUInt64(out var u64));
        Assert.False(reader.TryReadVarUInt(out var varint));
        Assert.False(reader.TryReadBytes(1, out _));
        Assert.False(reader.TryReadShortBytes(10, out _));
        Assert.Equal(0, b);
        Assert.Equal(0, u16);
        Assert.Equal(0u, u32);
        Assert.Equal(0UL, u64);
        Assert.Equal(0u, varint);
    }

    [Fact]
    public void Truncated_fixed_width_reads_return_false_and_do_not_advance()
    {
        byte[] oneByte = [0xAB];
        byte[] threeBytes = [1, 2, 3];
        byte[] sevenBytes = [1, 2, 3, 4, 5, 6, 7];

        var r16 = new WireReader(oneByte);
        Assert.False(r16.TryReadUInt16(out _));
        Assert.Equal(0, r16.Position);

        var r32 = new WireReader(threeBytes);
        Assert.False(r32.TryReadUInt32(out _));
        Assert.Equal(0, r32.Position);

        var r64 = new WireReader(sevenBytes);
        Assert.False(r64.TryReadUInt64(out _));
        Assert.Equal(0, r64.Position);

        Assert.True(r64.TryReadUInt32(out var first));
        Assert.Equal(0x04030201u, first);
        Assert.False(r64.TryReadUInt32(out _));
        Assert.Equal(3, r64.Remaining);
    }

    [Fact]
    public void Varint_cut_off_after_a_continuation_byte_is_rejected()
    {
        byte[] truncated = [0x80, 0x80];
        var reader = new WireReader(truncated);

        Assert.False(reader.TryReadVarUInt(out _));
    }

    [Fact]
    public void Varint_longer_than_five_bytes_is_rejected()
    {
        byte[] sixBytes = [0x80, 0x80, 0x80, 0x80, 0x80, 0x00];
        var reader = new WireReader(sixBytes);

        Assert.False(reader.TryReadVarUInt(out _));
    }

    [Fact]
    public void Varint_whose_value_exceeds_32_bits_is_rejected()
    {
        byte[] tooLarge = [0xFF, 0xFF, 0xFF, 0xFF, 0x10];
        var reader = new WireReader(tooLarge);

        Assert.False(reader.TryReadVarUInt(out _));
    }

    [Fact]
    public void Five_byte_varint_with_the_largest_allowed_last_byte_is_accepted()
    {
        byte[] max = [0xFF, 0xFF, 0xFF, 0xFF, 0x0F];
        var reader = new WireReader(max);

        Assert.True(reader.TryReadVarUInt(out var value));
        Assert.Equal(uint.MaxValue, value);
    }

    [Fact]
    public void Bytes_beyond_the_remaining_length_or_negative_count_are_refused()
    {
        byte[] data = [1, 2, 3];
        var reader = new WireReader(data);

        Assert.False(reader.TryReadBytes(4, out _));
        Assert.False(reader.TryReadBytes(-1, out _));
        Assert.Equal(0, reader.Position);
        Assert.True(reader.TryReadBytes(3, out var all));
        Assert.Equal(data, all.ToArray());
        Assert.Equal(0, reader.Remaining);
    }

    [Fact]
    public void Short_bytes_longer_than_the_allowed_maximum_are_refused()
    {
        byte[] data = [3, 7, 8, 9];

        var strict = new WireReader(data);
        Assert.False(strict.TryReadShortBytes(2, out _));

        var exact = new WireReader(data);
        Assert.True(exact.TryReadShortBytes(3, out var bytes));
        Assert.Equal(new byte[] { 7, 8, 9 }, bytes.ToArray());
    }

    [Fact]
    public void Short_bytes_whose_prefix_claims_more_than_remains_are_refused()
    {
        byte[] data = [5, 1, 2];
        var reader = new WireReader(data);

        Assert.False(reader.TryReadShortBytes(255, out _));
    }
}
