using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class BitReaderTests
{
    [Fact]
    public void Random_fields_round_trip()
    {
        var random = new Random(1);
        var fields = Enumerable.Range(0, 2_000).Select(_ =>
        {
            var count = random.Next(0, 33);
            var value = count == 0 ? 0u : (uint)(random.NextInt64(1L << 32) & (uint.MaxValue >> (32 - count)));
            return (count, value);
        }).ToArray();
        var buffer = new byte[fields.Sum(f => f.count) / 8 + 1];
        var writer = new BitWriter(buffer);
        foreach (var (count, value) in fields)
        {
            writer.WriteBits(value, count);
        }

        var reader = new BitReader(buffer.AsSpan(0, writer.BytesWritten));
        foreach (var (count, value) in fields)
        {
            Assert.True(reader.TryReadBits(count, out var read));
            Assert.Equal(value, read);
        }

        Assert.True(reader.IsAtPaddedEnd());
    }

    [Fact]
    public void ExpGolomb_round_trips_across_orders_and_magnitudes()
    {
        var random = new Random(2);
        var values = Enumerable.Range(0, 2_000)
            .Select(_ => (value: (uint)(random.NextInt64(1L << 32) >> random.Next(32)), k: random.Next(0, BitWriter.MaxExpGolombOrder + 1)))
            .Append((uint.MaxValue, 0)).Append((uint.MaxValue, BitWriter.MaxExpGolombOrder)).Append((0u, 0))
            .ToArray();
        var buffer = new byte[values.Length * 9];
        var writer = new BitWriter(buffer);
        foreach (var (value, k) in values)
        {
            writer.WriteExpGolomb(value, k);
        }

        var reader = new BitReader(buffer.AsSpan(0, writer.BytesWritten));
        foreach (var (value, k) in values)
        {
            Assert.True(reader.TryReadExpGolomb(k, out var read));
            Assert.Equal(value, read);
        }
    }

    [Fact]
    public void Reading_past_the_end_fails_instead_of_throwing()
    {
        var reader = new BitReader([0xAB]);

        Assert.True(reader.TryReadBits(5, out var first));
        Assert.Equal(0b01011u, first);
        Assert.False(reader.TryReadBits(4, out _));
        Assert.True(reader.TryReadBits(3, out var rest));
        Assert.Equal(0b101u, rest);
        Assert.False(reader.TryReadBit(out _));
        Assert.Equal(0, reader.RemainingBits);
    }

    [Fact]
    public void Out_of_range_counts_fail()
    {
        var reader = new BitReader(new byte[8]);

        Assert.False(reader.TryReadBits(33, out _));
        Assert.False(reader.TryReadBits(-1, out _));
        Assert.False(reader.TryReadExpGolomb(BitWriter.MaxExpGolombOrder + 1, out _));
    }

    [Fact]
    public void ExpGolomb_with_too_many_leading_zeros_or_truncated_fails()
    {
        var zeros = new BitReader(new byte[8]);
        var truncated = new BitReader([0b0000_0100]);

        Assert.False(zeros.TryReadExpGolomb(0, out _));
        Assert.False(truncated.TryReadExpGolomb(4, out _));
    }

    [Fact]
    public void ExpGolomb_above_32_bits_fails()
    {
        // 32 zeros, a one, then 32 one bits: 2^33 − 1 − 1 does not fit a uint.
        var buffer = new byte[9];
        var writer = new BitWriter(buffer);
        writer.WriteBits(0, 32);
        writer.WriteBit(true);
        writer.WriteBits(uint.MaxValue, 32);
        var reader = new BitReader(buffer);

        Assert.False(reader.TryReadExpGolomb(0, out _));
    }

    [Fact]
    public void Padded_end_requires_zero_padding_and_less_than_a_byte()
    {
        var padded = new BitReader([0b0000_0001]);
        var dirty = new BitReader([0b0000_0011]);
        var longer = new BitReader([0b0000_0001, 0]);

        Assert.True(padded.TryReadBit(out _));
        Assert.True(dirty.TryReadBit(out _));
        Assert.True(longer.TryReadBit(out _));

        Assert.True(padded.IsAtPaddedEnd());
        Assert.False(dirty.IsAtPaddedEnd());
        Assert.False(longer.IsAtPaddedEnd());
    }
}
