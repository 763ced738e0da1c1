using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Wire;

public sealed class WireWriterTests
{
    [Fact]
    public void Fixed_width_integers_are_written_little_endian_and_read_back()
    {
        var buffer = new byte[14];
        var writer = new WireWriter(buffer);
        writer.WriteUInt16(0x0102);
        writer.WriteUInt32(0x03040506);
        writer.WriteUInt64(0x0708090A0B0C0D0E);

        Assert.Equal(14, writer.Position);
        Assert.Equal(new byte[] { 0x02, 0x01, 0x06, 0x05, 0x04, 0x03, 0x0E, 0x0D, 0x0C, 0x0B, 0x0A, 0x09, 0x08, 0x07 }, buffer);

        var reader = new WireReader(buffer);
        Assert.True(reader.TryReadUInt16(out var u16));
        Assert.True(reader.TryReadUInt32(out var u32));
        Assert.True(reader.TryReadUInt64(out var u64));
        Assert.Equal((ushort)0x0102, u16);
        Assert.Equal(0x03040506u, u32);
        Assert.Equal(0x0708090A0B0C0D0EUL, u64);
        Assert.Equal(0, reader.Remaining);
    }

    [Theory]
    [InlineData(ushort.MinValue)]
    [InlineData((ushort)1)]
    [InlineData((ushort)0x8000)]
    [InlineData(ushort.MaxValue)]
    public void UInt16_round_trips(ushort value)
    {
        var buffer = new byte[2];
        var writer = new WireWriter(buffer);
        writer.WriteUInt16(value);

        var reader = new WireReader(buffer);
        Assert.True(reader.TryReadUInt16(out var read));
        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData(uint.MinValue)]
    [InlineData(1u)]
    [InlineData(0x80000000u)]
    [InlineData(uint.MaxValue)]
    public void UInt32_round_trips(uint value)
    {
        var buffer = new byte[4];
        var writer = new WireWriter(buffer);
        writer.WriteUInt32(value);

        var reader = new WireReader(buffer);
        Assert.True(reader.TryReadUInt32(out var read));
        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData(ulong.MinValue)]
    [InlineData(1UL)]
    [InlineData(0x8000000000000000UL)]
    [InlineData(ulong.MaxValue)]
    public void UInt64_round_trips(ulong value)
    {
        var buffer = new byte[8];
        var writer = new WireWriter(buffer);
        writer.WriteUInt64(value);

        var reader = new WireReader(buffer);
        Assert.True(reader.TryReadUInt64(out var read));
        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData(0u, 1)]
    [InlineData(127u, 1)]
    [InlineData(128u, 2)]
    [InlineData(16383u, 2)]
    [InlineData(16384u, 3)]
    [InlineData(0x1FFFFFu, 3)]
    [InlineData(0x200000u, 4)]
    [InlineData(0xFFFFFFFu, 4)]
    [InlineData(0x10000000u, 5)]
    [InlineData(uint.MaxValue, 5)]
    public void Varint_round_trips_at_size_boundaries_and_VarUIntSize_matches_bytes_written(uint value, int expectedSize)
    {
        var buffer = new byte[8];
        var writer = new WireWriter(buffer);
        writer.WriteVarUInt(value);

        Assert.Equal(expectedSize, writer.Position);
        Assert.Equal(expectedSize, WireWriter.VarUIntSize(value));

        var reader = new WireReader(buffer.AsSpan(0, writer.Position));
        Assert.True(reader.TryReadVarUInt(out var read));
        Assert.Equal(value, read);
        Assert.Equal(0, reader.Remaining);
    }

    [Fact]
    public void Varint_uses_leb128_layout()
    {
        var buffer = new byte[8];
        var writer = new WireWriter(buffer);
        writer.WriteVarUInt(300);
        writer.WriteVarUInt(uint.MaxValue);

        Assert.Equal(new byte[] { 0xAC, 0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F }, writer.Written.ToArray());
    }

    [Fact]
    public void Short_bytes_are_prefixed_with_their_length_and_read_back()
    {
        var buffer = new byte[8];
        var writer = new WireWriter(buffer);
        writer.WriteShortBytes([7, 8, 9]);

        Assert.Equal(new byte[] { 3, 7, 8, 9 }, writer.Written.ToArray());
        var reader = new WireReader(writer.Written);
        Assert.True(reader.TryReadShortBytes(3, out var bytes));
        Assert.Equal(new byte[] { 7, 8, 9 }, bytes.ToArray());
    }

    [Fact]
    public void Short_bytes_longer_than_255_throw()
    {
        var buffer = new byte[300];

        Assert.Throws<OverflowException>(() =>
        {
            var writer = new WireWriter(buffer);
            writer.WriteShortBytes(new byte[256]);
        });
    }

    [Fact]
    public void Writing_past_the_end_throws()
    {
        var buffer = new byte[3];

        Assert.ThrowsAny<ArgumentException>(() =>
        {
            var writer = new WireWriter(buffer);
            writer.WriteUInt32(1);
        });
    }
}
