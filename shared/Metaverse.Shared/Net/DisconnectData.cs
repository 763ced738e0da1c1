using System.Text;

namespace Metaverse.Shared.Net;

/// <summary>
/// The data a closing or refusing side sends with LiteNetLib's disconnect packet: one byte, the
/// <see cref="DisconnectReason"/> as the remote should see it (<see cref="DisconnectReason.RemoteDisconnect"/>,
/// <see cref="DisconnectReason.HostShutdown"/>, <see cref="DisconnectReason.ConnectionRejected"/>), then the
/// human-readable reason in UTF-8, at most 200 bytes, cut on a character boundary.
/// </summary>
internal static class DisconnectData
{
    private const int MaxMessageBytes = 200;

    public static byte[] Encode(DisconnectReason reason, string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        var length = Math.Min(bytes.Length, MaxMessageBytes);
        while (length < bytes.Length && length > 0 && (bytes[length] & 0xC0) == 0x80)
        {
            length--;
        }

        var data = new byte[1 + length];
        data[0] = (byte)reason;
        bytes.AsSpan(0, length).CopyTo(data.AsSpan(1));
        return data;
    }

    /// <summary>The reason and message in <paramref name="data"/>; null when it is not in this form.</summary>
    public static (DisconnectReason Reason, string Message)? Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length < 1 || !Enum.IsDefined((DisconnectReason)data[0]))
        {
            return null;
        }

        try
        {
            return ((DisconnectReason)data[0], new UTF8Encoding(false, true).GetString(data[1..]));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
