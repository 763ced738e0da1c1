using System.Buffers.Binary;

namespace Metaverse.Shared.Net.Security;

/// <summary>
/// The sealed datagram format (docs/PROTOCOL.md, "Sealing"): a prefix byte <c>0x10 | n</c>, the sender's 64-bit
/// nonce counter in its <c>n</c> (1–8) low bytes, little-endian, the ChaCha20-Poly1305 ciphertext of the LiteNetLib
/// packet and the 16-byte tag. The associated data is <see cref="ProtocolId"/> and the prefix byte; the 96-bit nonce
/// is the counter followed by four zero bytes (a key is used in one direction only, so counters never repeat under
/// one key). The one unsealed datagram is the client's connect request: prefix <see cref="PlainPrefix"/>.
/// </summary>
public static class DatagramSeal
{
    /// <summary>Prefix of the unsealed connect request.</summary>
    public const byte PlainPrefix = 0x00;

    /// <summary>High nibble of a sealed datagram's prefix; the low nibble is the counter's byte count.</summary>
    public const byte SealedPrefix = 0x10;

    /// <summary>Tag bytes.</summary>
    public const int TagBytes = 16;

    /// <summary>Most bytes sealing adds to a packet: prefix, a full 8-byte counter and the tag.</summary>
    public const int MaxOverhead = 1 + 8 + TagBytes;

    /// <summary>Associated data: ties every seal to this protocol (and its version).</summary>
    public static ReadOnlySpan<byte> ProtocolId => "MVS1"u8;

    /// <summary>Bytes needed for <paramref name="counter"/> (at least one).</summary>
    public static int CounterBytes(ulong counter) => Math.Max(1, 8 - (System.Numerics.BitOperations.LeadingZeroCount(counter) / 8));

    /// <summary>
    /// Seals the packet at <c>buffer[0..length)</c> in place with <paramref name="key"/> and returns the sealed
    /// length. <paramref name="buffer"/> must have room for <see cref="MaxOverhead"/> more bytes.
    /// </summary>
    public static int Seal(SealKey key, ulong counter, byte[] buffer, int length)
    {
        var counterBytes = CounterBytes(counter);
        var header = 1 + counterBytes;
        Buffer.BlockCopy(buffer, 0, buffer, header, length);
        buffer[0] = (byte)(SealedPrefix | counterBytes);
        Span<byte> counterLe = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(counterLe, counter);
        counterLe[..counterBytes].CopyTo(buffer.AsSpan(1));
        Span<byte> nonce = stackalloc byte[12];
        Nonce(counter, nonce);
        Span<byte> associated = stackalloc byte[5];
        Associated(buffer[0], associated);
        key.Encrypt(nonce, associated, buffer.AsSpan(header, length), buffer.AsSpan(header, length + TagBytes));
        return header + length + TagBytes;
    }

    /// <summary>Reads a sealed datagram's counter; false when the datagram is too short or its prefix is not a seal's.</summary>
    public static bool TryReadCounter(ReadOnlySpan<byte> datagram, out ulong counter, out int header)
    {
        counter = 0;
        header = 0;
        if (datagram.Length < 1 || (datagram[0] & 0xF0) != SealedPrefix)
        {
            return false;
        }

        var counterBytes = datagram[0] & 0x0F;
        header = 1 + counterBytes;
        if (counterBytes is < 1 or > 8 || datagram.Length < header + TagBytes + 1)
        {
            return false;
        }

        Span<byte> counterLe = stackalloc byte[8];
        counterLe.Clear();
        datagram.Slice(1, counterBytes).CopyTo(counterLe);
        counter = BinaryPrimitives.ReadUInt64LittleEndian(counterLe);
        return true;
    }

    /// <summary>
    /// Opens the sealed datagram at <c>buffer[0..length)</c> (counter already read by <see cref="TryReadCounter"/>) in
    /// place: on success the packet starts at <c>buffer[0]</c> and the plain length is returned; −1 when the tag does not hold.
    /// </summary>
    public static int Open(SealKey key, ulong counter, int header, byte[] buffer, int length)
    {
        var textLength = length - header - TagBytes;
        Span<byte> nonce = stackalloc byte[12];
        Nonce(counter, nonce);
        Span<byte> associated = stackalloc byte[5];
        Associated(buffer[0], associated);
        if (!key.Decrypt(nonce, associated, buffer.AsSpan(header, textLength + TagBytes), buffer.AsSpan(header, textLength)))
        {
            return -1;
        }

        Buffer.BlockCopy(buffer, header, buffer, 0, textLength);
        return textLength;
    }

    private static void Nonce(ulong counter, Span<byte> nonce)
    {
        nonce.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(nonce, counter);
    }

    private static void Associated(byte prefix, Span<byte> associated)
    {
        ProtocolId.CopyTo(associated);
        associated[4] = prefix;
    }
}
