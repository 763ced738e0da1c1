using System.Text;

namespace Metaverse.Shared.Net.Wire;

/// <summary>A parsed connect request (the client side's offer).</summary>
internal readonly ref struct ConnectRequestPacket(ushort version, ulong salt, ConnectionLimits limits, ReadOnlySpan<byte> appKey, ReadOnlySpan<byte> data)
{
    public ushort Version { get; } = version;

    public ulong Salt { get; } = salt;

    public ConnectionLimits Limits { get; } = limits;

    public ReadOnlySpan<byte> AppKey { get; } = appKey;

    public ReadOnlySpan<byte> Data { get; } = data;
}

/// <summary>Encoding of the connection lifecycle datagrams (docs/PROTOCOL.md, "Handshake").</summary>
internal static class HandshakeCodec
{
    public static int WriteConnectRequest(Span<byte> buffer, ulong salt, ConnectionLimits limits, ReadOnlySpan<byte> appKey, ReadOnlySpan<byte> data)
    {
        var writer = new WireWriter(buffer);
        writer.WriteByte((byte)PacketType.ConnectRequest);
        writer.WriteUInt32(Protocol.Magic);
        writer.WriteUInt16(Protocol.Version);
        writer.WriteUInt64(salt);
        limits.Write(ref writer);
        writer.WriteShortBytes(appKey);
        writer.WriteShortBytes(data);
        buffer[writer.Position..Protocol.ConnectRequestBytes].Clear();
        return Protocol.ConnectRequestBytes;
    }

    /// <summary>
    /// Parses a connect request. Requests of any other size than the padded one are refused, so that no
    /// reply can be larger than the request that caused it (no amplification). Bytes 0–14 (type, magic,
    /// version, salt) keep their layout in every protocol version: a request of another version is
    /// returned with only those fields, so the server can reject it with a reason.
    /// </summary>
    public static bool TryReadConnectRequest(ReadOnlySpan<byte> datagram, out ConnectRequestPacket request)
    {
        request = default;
        var reader = new WireReader(datagram);
        if (datagram.Length != Protocol.ConnectRequestBytes || !reader.TryReadByte(out _)
            || !reader.TryReadUInt32(out var magic) || magic != Protocol.Magic
            || !reader.TryReadUInt16(out var version) || !reader.TryReadUInt64(out var salt))
        {
            return false;
        }

        if (version != Protocol.Version)
        {
            request = new ConnectRequestPacket(version, salt, default, default, default);
            return true;
        }

        if (!ConnectionLimits.TryRead(ref reader, out var limits)
            || !reader.TryReadShortBytes(Protocol.MaxAppKeyBytes, out var appKey)
            || !reader.TryReadShortBytes(Protocol.MaxConnectDataBytes, out var data))
        {
            return false;
        }

        request = new ConnectRequestPacket(version, salt, limits, appKey, data);
        return true;
    }

    public static int WriteConnectAccept(Span<byte> buffer, ulong salt, uint connectionId, ConnectionLimits limits)
    {
        var writer = new WireWriter(buffer);
        writer.WriteByte((byte)PacketType.ConnectAccept);
        writer.WriteUInt64(salt);
        writer.WriteUInt32(connectionId);
        limits.Write(ref writer);
        return writer.Position;
    }

    public static bool TryReadConnectAccept(ReadOnlySpan<byte> datagram, out ulong salt, out uint connectionId, out ConnectionLimits limits)
    {
        var reader = new WireReader(datagram);
        salt = 0;
        connectionId = 0;
        limits = default;
        return reader.TryReadByte(out _) && reader.TryReadUInt64(out salt)
            && reader.TryReadUInt32(out connectionId) && ConnectionLimits.TryRead(ref reader, out limits)
            && reader.Remaining == 0 && connectionId != 0;
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

    /// <summary>Writes the reason as UTF-8, cut between characters (never inside a surrogate pair) to fit <see cref="Protocol.MaxReasonBytes"/>.</summary>
    private static void WriteReason(ref WireWriter writer, string reason)
    {
        Span<byte> text = stackalloc byte[Protocol.MaxReasonBytes];
        var chars = reason.AsSpan(0, Math.Min(reason.Length, Protocol.MaxReasonBytes));
        while (Encoding.UTF8.GetByteCount(chars) > Protocol.MaxReasonBytes || (chars.Length > 0 && char.IsHighSurrogate(chars[^1])))
        {
            chars = chars[..^1];
        }

        var length = Encoding.UTF8.GetBytes(chars, text);
        writer.WriteShortBytes(text[..length]);
    }
}
