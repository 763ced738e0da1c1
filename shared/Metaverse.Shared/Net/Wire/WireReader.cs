using System.Buffers.Binary;

namespace Metaverse.Shared.Net.Wire;

/// <summary>
/// Little-endian reader over untrusted bytes: every read reports failure instead of throwing, so a
/// malformed datagram can be dropped and counted without leaving the receive loop.
/// </summary>
internal ref struct WireReader(ReadOnlySpan<byte> buffer)
{
    private readonly ReadOnlySpan<byte> _buffer = buffer;

    public int Position { get; private set; }

    public readonly int Remaining => _buffer.Length - Position;

    public bool TryReadByte(out byte value)
    {
        if (Remaining < 1)
        {
            value = 0;
            return false;
        }

        value = _buffer[Position++];
        return true;
    }

    public bool TryReadUInt16(out ushort value)
    {
        if (Remaining < 2)
        {
            value = 0;
            return false;
        }

        value = BinaryPrimitives.ReadUInt16LittleEndian(_buffer[Position..]);
        Position += 2;
        return true;
    }

    public bool TryReadUInt32(out uint value)
    {
        if (Remaining < 4)
        {
            value = 0;
            return false;
        }

        value = BinaryPrimitives.ReadUInt32LittleEndian(_buffer[Position..]);
        Position += 4;
        return true;
    }

    public bool TryReadUInt64(out ulong value)
    {
        if (Remaining < 8)
        {
            value = 0;
            return false;
        }

        value = BinaryPrimitives.ReadUInt64LittleEndian(_buffer[Position..]);
        Position += 8;
        return true;
    }

    /// <summary>LEB128 of at most 5 bytes whose value fits 32 bits.</summary>
    public bool TryReadVarUInt(out uint value)
    {
        value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (!TryReadByte(out var b))
            {
                return false;
            }

            if (shift == 28 && b > 0x0F)
            {
                return false;
            }

            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return true;
            }
        }

        return false;
    }

    public bool TryReadBytes(int count, out ReadOnlySpan<byte> bytes)
    {
        if (count < 0 || Remaining < count)
        {
            bytes = default;
            return false;
        }

        bytes = _buffer.Slice(Position, count);
        Position += count;
        return true;
    }

    public bool TryReadShortBytes(int maxLength, out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        return TryReadByte(out var length) && length <= maxLength && TryReadBytes(length, out bytes);
    }
}
