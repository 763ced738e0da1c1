namespace Metaverse.Shared.Replication;

/// <summary>
/// Bit-level reader over untrusted bytes, the inverse of <see cref="BitWriter"/> (little-endian bit
/// order). Every read reports failure instead of throwing when the input is too short or malformed;
/// after a failure the reader's position is unspecified and the caller should give up.
/// </summary>
public ref struct BitReader(ReadOnlySpan<byte> buffer)
{
    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private long _bitPosition;

    public readonly long BitsRead => _bitPosition;

    public readonly long RemainingBits => ((long)_buffer.Length * 8) - _bitPosition;

    public bool TryReadBit(out bool value)
    {
        var ok = TryReadBits(1, out var bit);
        value = bit != 0;
        return ok;
    }

    /// <summary>Reads <paramref name="count"/> bits (0–32); false when fewer remain or the count is out of range.</summary>
    public bool TryReadBits(int count, out uint value)
    {
        value = 0;
        if ((uint)count > 32u || count > RemainingBits)
        {
            return false;
        }

        value = (uint)(Peek() & ((1ul << count) - 1));
        _bitPosition += count;
        return true;
    }

    /// <summary>Reads an Exp-Golomb code of order <paramref name="k"/>; false when truncated or the value exceeds 32 bits.</summary>
    public bool TryReadExpGolomb(int k, out uint value)
    {
        value = 0;
        if ((uint)k > BitWriter.MaxExpGolombOrder)
        {
            return false;
        }

        // value + 2^k < 2^33, so the payload has at most 32 bits: at most 32 − k zeros before the one.
        var prefixZeros = System.Numerics.BitOperations.TrailingZeroCount(Peek());
        if (prefixZeros > 32 - k || prefixZeros >= RemainingBits)
        {
            return false;
        }

        _bitPosition += prefixZeros + 1;
        var payloadBits = prefixZeros + k;
        if (!TryReadBits(payloadBits, out var payload))
        {
            return false;
        }

        var decoded = ((1ul << payloadBits) | payload) - (1ul << k);
        if (decoded > uint.MaxValue)
        {
            return false;
        }

        value = (uint)decoded;
        return true;
    }

    /// <summary>True when only the zero padding of the last byte is left, as <see cref="BitWriter"/> leaves it.</summary>
    public readonly bool IsAtPaddedEnd()
    {
        var remaining = RemainingBits;
        if (remaining >= 8)
        {
            return false;
        }

        return remaining == 0 || (_buffer[^1] >> (int)(8 - remaining)) == 0;
    }

    /// <summary>Inverse of <see cref="BitWriter.ZigZag"/>.</summary>
    public static int UnZigZag(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

    /// <summary>
    /// The next bits from the position, least significant first: at least 57 of them, or all that
    /// remain; bits past the end read as zero.
    /// </summary>
    private readonly ulong Peek()
    {
        var index = (int)(_bitPosition >> 3);
        var offset = (int)(_bitPosition & 7);
        if (index + sizeof(ulong) <= _buffer.Length)
        {
            return System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(_buffer[index..]) >> offset;
        }

        ulong window = 0;
        for (var i = _buffer.Length - 1; i >= index; i--)
        {
            window = (window << 8) | _buffer[i];
        }

        return window >> offset;
    }
}
