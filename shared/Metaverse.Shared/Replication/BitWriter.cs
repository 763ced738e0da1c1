namespace Metaverse.Shared.Replication;

/// <summary>
/// Bit-level writer over a span. Bits go out least-significant first and fill each byte from bit 0
/// upward (little-endian bit order): the first bit written is bit 0 of byte 0. A value written with
/// N bits reads back with <see cref="BitReader.TryReadBits"/> of N bits. The last byte is padded with
/// zero bits. Overrunning the span is a programming error and throws; size the span with the
/// codec's maximum-size method.
/// </summary>
public ref struct BitWriter(Span<byte> buffer)
{
    /// <summary>Largest Exp-Golomb order <see cref="WriteExpGolomb"/> accepts.</summary>
    public const int MaxExpGolombOrder = 16;

    private readonly Span<byte> _buffer = buffer;
    private int _bitPosition;

    public readonly int BitsWritten => _bitPosition;

    /// <summary>Bytes touched so far, the last one possibly partly filled (zero-padded).</summary>
    public readonly int BytesWritten => (_bitPosition + 7) >> 3;

    public readonly ReadOnlySpan<byte> Written => _buffer[..BytesWritten];

    public void WriteBit(bool value) => WriteBits(value ? 1u : 0u, 1);

    /// <summary>Writes the low <paramref name="count"/> bits (0–32) of <paramref name="value"/>; higher bits are ignored.</summary>
    public void WriteBits(uint value, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, 32u, nameof(count));
        if (_bitPosition + count > (long)_buffer.Length * 8)
        {
            throw new InvalidOperationException($"BitWriter overrun: {count} more bits do not fit in {_buffer.Length} bytes.");
        }

        while (count > 0)
        {
            var byteIndex = _bitPosition >> 3;
            var offset = _bitPosition & 7;
            if (offset == 0)
            {
                _buffer[byteIndex] = 0;
            }

            var take = Math.Min(8 - offset, count);
            _buffer[byteIndex] |= (byte)((value & ((1u << take) - 1)) << offset);
            value >>= take;
            count -= take;
            _bitPosition += take;
        }
    }

    /// <summary>
    /// Exp-Golomb code of order <paramref name="k"/> (0–16): small values are short. The code is
    /// p zero bits, a one bit, then the low p + k bits of value + 2^k, where p = ⌊log2(value / 2^k + 1)⌋;
    /// <see cref="ExpGolombLength"/> bits in all.
    /// </summary>
    public void WriteExpGolomb(uint value, int k)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)k, (uint)MaxExpGolombOrder, nameof(k));
        var shifted = (ulong)value + (1ul << k);
        var payloadBits = 63 - System.Numerics.BitOperations.LeadingZeroCount(shifted);
        var prefixZeros = payloadBits - k;
        WriteBits(0, prefixZeros);
        WriteBit(true);

        // value + 2^k < 2^33, so the payload (the bits below the leading one) has at most 32 bits.
        WriteBits((uint)shifted, payloadBits);
    }

    /// <summary>Length in bits of <see cref="WriteExpGolomb"/>(value, k).</summary>
    public static int ExpGolombLength(uint value, int k)
    {
        var shifted = (ulong)value + (1ul << k);
        var payloadBits = 63 - System.Numerics.BitOperations.LeadingZeroCount(shifted);
        return (2 * payloadBits) - k + 1;
    }

    /// <summary>Maps signed to unsigned so that small magnitudes stay small: 0, −1, 1, −2, 2 → 0, 1, 2, 3, 4.</summary>
    public static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));
}
