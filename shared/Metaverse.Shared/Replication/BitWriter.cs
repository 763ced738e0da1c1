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

    /// <summary>Most bits one <see cref="Append"/> takes: with up to 7 bits of offset they still fit a 64-bit word.</summary>
    private const int MaxAppendBits = 57;

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
        Append(value & (uint)((1ul << count) - 1), count);
    }

    /// <summary>
    /// Writes <paramref name="value"/> as an Exp-Golomb code of order <paramref name="k"/> (0–16):
    /// z zero bits, a one, then the low z + k bits of value + 2^k, where z + k = ⌊log2(value + 2^k)⌋.
    /// </summary>
    public void WriteExpGolomb(uint value, int k)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)k, (uint)MaxExpGolombOrder, nameof(k));
        var shifted = (ulong)value + (1ul << k);
        var payloadBits = 63 - System.Numerics.BitOperations.LeadingZeroCount(shifted);
        var prefixZeros = payloadBits - k;

        // value + 2^k < 2^33, so the payload (the bits below the leading one) has at most 32 bits.
        var payload = shifted & ((1ul << payloadBits) - 1);
        var total = prefixZeros + 1 + payloadBits;
        if (total <= MaxAppendBits)
        {
            Append((1ul << prefixZeros) | (payload << (prefixZeros + 1)), total);
        }
        else
        {
            Append(1ul << prefixZeros, prefixZeros + 1);
            Append(payload, payloadBits);
        }
    }

    /// <summary>Appends the first <paramref name="bitCount"/> bits of <paramref name="source"/>, which another writer wrote from bit 0.</summary>
    public void WriteBitsFrom(ReadOnlySpan<byte> source, int bitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bitCount, (long)source.Length * 8, nameof(bitCount));
        var reader = new BitReader(source);
        while (bitCount > 0)
        {
            var chunk = Math.Min(32, bitCount);
            _ = reader.TryReadBits(chunk, out var bits);
            Append(bits, chunk);
            bitCount -= chunk;
        }
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

    /// <summary>
    /// Appends the <paramref name="count"/> (0–57) low bits of <paramref name="bits"/>, which has no
    /// higher bit set, in one pass over the at most eight bytes they touch. Bits of the current byte
    /// above the position are overwritten, so a reused buffer needs no clearing.
    /// </summary>
    private void Append(ulong bits, int count)
    {
        if (_bitPosition + count > (long)_buffer.Length * 8)
        {
            throw new InvalidOperationException($"BitWriter overrun: {count} more bits do not fit in {_buffer.Length} bytes.");
        }

        if (count == 0)
        {
            return;
        }

        var index = _bitPosition >> 3;
        var offset = _bitPosition & 7;
        var end = _bitPosition + count;
        bits <<= offset;
        _buffer[index] = (byte)((_buffer[index] & ((1 << offset) - 1)) | (int)(bits & 0xFF));
        var last = (end - 1) >> 3;
        for (var i = index + 1; i <= last; i++)
        {
            bits >>= 8;
            _buffer[i] = (byte)bits;
        }

        _bitPosition = end;
    }
}
