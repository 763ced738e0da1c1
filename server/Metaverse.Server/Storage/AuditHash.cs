using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Metaverse.Server.Storage;

/// <summary>
/// The audit hash chain: <c>hash = lowercase hex SHA-256</c> of a canonical encoding of the row.
/// Encoding: <c>seq</c> as 8 bytes big-endian, then each text field in column order (utc, actor, role, room,
/// action, target, old_value, new_value, reason, prev_hash) as a 4-byte big-endian length followed by its UTF-8
/// bytes; null is length -1 with no bytes. Length prefixes make the encoding unambiguous: ("a|b", "") and
/// ("a", "|b") encode differently, and so do null and "".
/// </summary>
internal static class AuditHash
{
    /// <summary>The <c>prev_hash</c> of record 1: 64 zeros.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Compute(
        long seq, string utc, string actor, string? role, string? room, string action,
        string? target, string? oldValue, string? newValue, string reason, string prevHash)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        BinaryPrimitives.WriteInt64BigEndian(buffer.GetSpan(8), seq);
        buffer.Advance(8);
        foreach (var field in (ReadOnlySpan<string?>)[utc, actor, role, room, action, target, oldValue, newValue, reason, prevHash])
        {
            WriteField(buffer, field);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static void WriteField(ArrayBufferWriter<byte> buffer, string? value)
    {
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), -1);
            buffer.Advance(4);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        var span = buffer.GetSpan(4 + length);
        BinaryPrimitives.WriteInt32BigEndian(span, length);
        Encoding.UTF8.GetBytes(value, span[4..]);
        buffer.Advance(4 + length);
    }
}
