using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class BitWriterTests
{
    [Fact]
    public void Bits_fill_each_byte_from_bit_zero_upward()
    {
        var buffer = new byte[2];
        var writer = new BitWriter(buffer);

        writer.WriteBit(true);
        writer.WriteBits(0b101, 3);
        writer.WriteBits(0b1111_0000_1, 9);

        Assert.Equal(13, writer.BitsWritten);
        Assert.Equal(2, writer.BytesWritten);
        Assert.Equal(new byte[] { 0b0001_1011, 0b0001_1110 }, writer.Written.ToArray());
    }

    [Fact]
    public void Bits_above_the_count_are_ignored()
    {
        var buffer = new byte[1];
        var writer = new BitWriter(buffer);

        writer.WriteBits(0xFFFF_FFFE, 2);

        Assert.Equal(0b10, buffer[0]);
    }

    [Fact]
    public void Stale_bytes_in_the_buffer_are_overwritten()
    {
        var buffer = new byte[] { 0xFF, 0xFF };
        var writer = new BitWriter(buffer);

        writer.WriteBits(0, 9);

        Assert.Equal(new byte[] { 0, 0 }, buffer);
    }

    [Fact]
    public void Overrun_throws()
    {
        var buffer = new byte[1];

        Assert.Throws<InvalidOperationException>(() =>
        {
            var writer = new BitWriter(buffer);
            writer.WriteBits(0, 7);
            writer.WriteBits(0, 2);
        });
    }

    [Theory]
    [InlineData(0u, 0, 1)]
    [InlineData(1u, 0, 3)]
    [InlineData(2u, 0, 3)]
    [InlineData(3u, 0, 5)]
    [InlineData(0u, 3, 4)]
    [InlineData(7u, 3, 4)]
    [InlineData(8u, 3, 6)]
    [InlineData(uint.MaxValue, 0, 65)]
    [InlineData(uint.MaxValue, 16, 49)]
    public void ExpGolombLength_matches_the_bits_written(uint value, int k, int expected)
    {
        var buffer = new byte[16];
        var writer = new BitWriter(buffer);

        writer.WriteExpGolomb(value, k);

        Assert.Equal(expected, BitWriter.ExpGolombLength(value, k));
        Assert.Equal(expected, writer.BitsWritten);
    }

    [Theory]
    [InlineData(0, 0u)]
    [InlineData(-1, 1u)]
    [InlineData(1, 2u)]
    [InlineData(-2, 3u)]
    [InlineData(int.MaxValue, uint.MaxValue - 1)]
    [InlineData(int.MinValue, uint.MaxValue)]
    public void ZigZag_keeps_small_magnitudes_small(int value, uint expected)
    {
        Assert.Equal(expected, BitWriter.ZigZag(value));
        Assert.Equal(value, BitReader.UnZigZag(expected));
    }

    [Fact]
    public void Bits_copied_from_another_writer_read_back_at_any_offset()
    {
        var random = new Random(5);
        var source = new byte[64];
        var sourceWriter = new BitWriter(source);
        var values = Enumerable.Range(0, 40).Select(_ => (Value: (uint)random.Next(1 << 9), Bits: 9)).ToArray();
        foreach (var (value, bits) in values)
        {
            sourceWriter.WriteBits(value, bits);
        }

        var destination = new byte[80];
        var writer = new BitWriter(destination);
        writer.WriteBits(0b101, 3);
        writer.WriteBitsFrom(source, sourceWriter.BitsWritten);

        var reader = new BitReader(destination);
        Assert.True(reader.TryReadBits(3, out var prefix));
        Assert.Equal(0b101u, prefix);
        foreach (var (value, bits) in values)
        {
            Assert.True(reader.TryReadBits(bits, out var read));
            Assert.Equal(value, read);
        }

        Assert.Equal(3 + 360, writer.BitsWritten);
    }

    [Fact]
    public void Copying_more_bits_than_the_source_holds_throws()
    {
        var destination = new byte[8];

        Assert.Throws<ArgumentOutOfRangeException>(() => new BitWriter(destination).WriteBitsFrom(new byte[2], 17));
    }
}
