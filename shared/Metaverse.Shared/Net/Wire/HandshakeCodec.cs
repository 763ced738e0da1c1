using System.Text;

namespace Metaverse.Shared.Net.Wire;

/// <summary>A parsed connect request (the client side's offer).</summary>
internal readonly ref struct ConnectRequestPacket(ushort version, ulong salt, int maxReceiveBufferBytes, ReadOnlySpan<byte> appKey, ReadOnlySpan<byte> data)
{
    public ushort Version { get; } = version;

    public ulong Salt { get; } = salt;

    public int MaxReceiveBufferBytes { get; } = maxReceiveBufferBytes;

    public ReadOnlySpan<byte> AppKey { get; } = appKey;

    public ReadOnlySpan<byte> Data { get; } = data;
}

/// <summary>Encoding of the connection lifecycle datagrams (docs/PROTOCOL.md, "Handshake").</summary>
internal static class HandshakeCodec
{
    public static int WriteConnectRequest(Span<byte> buffer, ulong salt, int maxReceiveBufferBytes, ReadOnlySpan<byte> appKey, ReadOnlySpan<byte> data)
    {
        var writer = new WireWriter(buffer);
        writer.WriteByte((byte)PacketType.ConnectRequest);
        writer.WriteUInt32(Protocol.Magic);
        writer.WriteUInt16(Protocol.Version);
        writer.WriteUInt64(salt);
        writer.WriteUInt32((uint)maxReceiveBufferBytes);
        writer.WriteShortBytes(appKey);
        writer.WriteShortBytes(data);
        buffer[writer.Position..Protocol.ConnectRequestBytes].Clear();
        return Protocol.ConnectRequestBytes;
    }

    /// <summary>
    /// Parses a connect request. Requests shorter than the padded size are refused, so that no reply
    /// can be larger than the request that caused it (no amplification).
    /// </summary>
    public static bool TryReadConnectRequest(ReadOnlySpan<byte> datagram, out ConnectRequestPacket request)
    {
        request = default;
        var reader = new WireReader(datagram);
        if (datagram.Length != Protocol.ConnectRequestBytes || !reader.TryReadByte(out _)
            || !reader.TryReadUInt32(out var magic) || magic != Protocol.Magic
            || !reader.TryReadUInt16(out var version) || !reader.TryReadUInt64(out var salt)
            || !reader.TryReadUInt32(out var maxReceive) || maxReceive > int.MaxValue
            || !reader.TryReadShortBytes(Protocol.MaxAppKeyBytes, out var appKey)
            || !reader.TryReadShortBytes(Protocol.MaxConnectDataBytes, out var data))
        {
            return false;
        }

        request = new ConnectRequestPacket(version, salt, (int)maxReceive, appKey, data);
        return true;
    }

    public static int WriteConnectAccept(Span<byte> buffer, ulong salt, uint connectionId, int maxReceiveBufferBytes)
    {
        var writer = new WireWriter(buffer);
        writer.WriteByte((byte)PacketType.ConnectAccept);
        writer.WriteUInt64(salt);
        writer.WriteUInt32(connectionId);
        writer.WriteUInt32((uint)maxReceiveBufferBytes);
        return writer.Position;
    }

    public static bool TryReadConnectAccept(ReadOnlySpan<byte> datagram, out ulong salt, out uint connectionId, out int maxReceiveBufferBytes)
    {
        var reader = new WireReader(datagram);
        salt = 0;
        connectionId = 0;
        uint maxReceive = 0;
        var ok = reader.TryReadByte(out _) && reader.TryReadUInt64(out salt)
            && reader.TryReadUInt32(out connectionId) && reader.TryReadUInt32(out maxReceive)
            && reader.Remaining == 0 && connectionId != 0 && maxReceive is > 0 and <= int.MaxValue;
        maxReceiveBufferBytes = (int)Math.Min(maxReceive, int.MaxValue);
        return ok;
    }

    public static int WriteConnectReject(Span<byte> buffer, ulong salt, string reason)
    {
        var writer = new WireWriter(buffer);
        writer.WriteByte((byte)PacketType.ConnectReject);
        writer.WriteUInt64(salt);
        WriteReason(ref writer, reason);
        return writer.Position;
    }

    public static bool TryReadConnectReject(ReadOnlySpan<byte> datagram, out ulong salt, out string reason)
    {
        var reader = new WireReader(datagram);
        reason = string.Empty;
        if (!reader.TryReadByte(out _) || !reader.TryReadUInt64(out salt)
            || !reader.TryReadShortBytes(Protocol.MaxReasonBytes, out var text))
        {
            salt = 0;
            return false;
        }

        reason = Encoding.UTF8.GetString(text);
        return true;
    }

    public static int WriteDisconnect(Span<byte> buffer, uint connectionId, DisconnectReason reason, string message)
    {
        var writer = new WireWriter(buffer);
        writer.WriteByte((byte)PacketType.Disconnect);
        writer.WriteUInt32(connectionId);
        writer.WriteByte((byte)reason);
        WriteReason(ref writer, message);
        return writer.Position;
    }

    public static bool TryReadDisconnect(ReadOnlySpan<byte> datagram, out uint connectionId, out DisconnectReason reason, out string message)
    {
        var reader = new WireReader(datagram);
        message = string.Empty;
        reason = DisconnectReason.RemoteDisconnect;
        if (!reader.TryReadByte(out _) || !reader.TryReadUInt32(out connectionId) || !reader.TryReadByte(out var code)
            || !reader.TryReadShortBytes(Protocol.MaxReasonBytes, out var text))
        {
            connectionId = 0;
            return false;
        }

        reason = Enum.IsDefined((DisconnectReason)code) ? (DisconnectReason)code : DisconnectReason.RemoteDisconnect;
        message = Encoding.UTF8.GetString(text);
        return true;
    }

    /// <summary>Writes the reason as UTF-8, cut at a character boundary to fit <see cref="Protocol.MaxReasonBytes"/>.</summary>
    private static void WriteReason(ref WireWriter writer, string reason)
    {
        Span<byte> text = stackalloc byte[Protocol.MaxReasonBytes];
        var chars = reason.AsSpan();
        while (Encoding.UTF8.GetByteCount(chars) > Protocol.MaxReasonBytes)
        {
            chars = chars[..^1];
        }

        var length = Encoding.UTF8.GetBytes(chars, text);
        writer.WriteShortBytes(text[..length]);
    }
}
