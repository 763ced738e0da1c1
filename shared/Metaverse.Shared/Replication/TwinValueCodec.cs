using System.Buffers.Binary;

namespace Metaverse.Shared.Replication;

/// <summary>
/// Packs twin channel values into <c>Snapshot.twin_values</c>: for each value, in ascending channel
/// index order, a varint gap (index − previous index − 1; the first is the index itself) and the value
/// as a little-endian IEEE float32. A value costs 5 bytes when channels are dense. Decoding validates
/// every index against the catalog's channel count, so a corrupt or hostile payload is refused whole.
/// </summary>
public static class TwinValueCodec
{
    /// <summary>Largest encoding of one value: a 5-byte varint and 4 bytes of float.</summary>
    public const int MaxBytesPerValue = 9;

    /// <summary>
    /// Writes the values (one per index; indices strictly ascending) into <paramref name="destination"/>;
    /// returns the bytes written.
    /// </summary>
    public static int Encode(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<byte> destination)
    {
        if (indices.Length != values.Length)
        {
            throw new ArgumentException("one value per index", nameof(values));
        }

        var written = 0;
        var previous = -1;
        for (var i = 0; i < indices.Length; i++)
        {
            if (indices[i] <= previous)
            {
                throw new ArgumentException("indices must be strictly ascending", nameof(indices));
            }

            written += WriteVarint(destination[written..], (uint)(indices[i] - previous - 1));
            BinaryPrimitives.WriteSingleLittleEndian(destination[written..], values[i]);
            written += 4;
            previous = indices[i];
        }

        return written;
    }

    /// <summary>
    /// Calls <paramref name="apply"/> for each (index, value); false (and nothing applied) when the
    /// payload is truncated or names an index ≥ <paramref name="channelCount"/>.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> payload, int channelCount, Action<int, float> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        if (!Validate(payload, channelCount))
        {
            return false;
        }

        var index = -1;
        var offset = 0;
        while (offset < payload.Length)
        {
            offset += ReadVarint(payload[offset..], out var gap);
            index += (int)gap + 1;
            apply(index, BinaryPrimitives.ReadSingleLittleEndian(payload[offset..]));
            offset += 4;
        }

        return true;
    }

    private static bool Validate(ReadOnlySpan<byte> payload, int channelCount)
    {
        long index = -1;
        var offset = 0;
        while (offset < payload.Length)
        {
            var read = ReadVarint(payload[offset..], out var gap);
            if (read == 0 || offset + read + 4 > payload.Length)
            {
                return false;
            }

            index += gap + 1L;
            if (index >= channelCount)
            {
                return false;
            }

            offset += read + 4;
        }

        return true;
    }

    private static int WriteVarint(Span<byte> destination, uint value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i++] = (byte)value;
        return i;
    }

    /// <summary>Bytes read, or 0 when the varint is truncated or longer than five bytes.</summary>
    private static int ReadVarint(ReadOnlySpan<byte> source, out uint value)
    {
        value = 0;
        for (var i = 0; i < 5 && i < source.Length; i++)
        {
            value |= (uint)(source[i] & 0x7F) << (7 * i);
            if ((source[i] & 0x80) == 0)
            {
                return i + 1;
            }
        }

        return 0;
    }
}
