using System.Buffers.Binary;

namespace Metaverse.Shared.Net.Wire;

/// <summary>Little-endian writer over a span. Overrunning the span is a programming error and throws.</summary>
internal ref struct WireWriter(Span<byte> buffer)
{
    private readonly Span<byte> _buffer = buffer;

    public int Position { get; set; }

    public readonly int Remaining => _buffer.Length - Position;

    public readonly Span<byte> Written => _buffer[..Position];

    public void WriteByte(byte value) => _buffer[Position++] = value;

    public void WriteUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(_buffer[Position..], value);
        Position += 2;
    }

    public void WriteUInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer[Position..], value);
        Position += 4;
    }

    public void WriteUInt64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer[Position..], value);
        Position += 8;
    }

    /// <summary>LEB128: 7 bits a byte, high bit set when more follow.</summary>
    public void WriteVarUInt(uint value)
    {
        while (value >= 0x80)
        {
            _buffer[Position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[Position++] = (byte)value;
    }

    public void WriteBytes(scoped ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer[Position..]);
        Position += bytes.Length;
    }

    /// <summary>Length-prefixed (one byte) bytes, at most 255.</summary>
    public void WriteShortBytes(scoped ReadOnlySpan<byte> bytes)
    {
        WriteByte(checked((byte)bytes.Length));
        WriteBytes(bytes);
    }

    public static int VarUIntSize(uint value) => value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}
