namespace Metaverse.Shared.Net.Wire;

/// <summary>
/// What one side can take, announced in the connect request and the accept. Each side sends within the
/// other's limits: messages no larger, channels no higher, receive-buffer reservations no more.
/// </summary>
internal readonly record struct ConnectionLimits(int MaxReceiveBufferBytes, int MaxMessageBytes, int ChannelCount)
{
    public static ConnectionLimits From(NetConfig config) => new(config.MaxReceiveBufferBytes, config.MaxMessageBytes, config.ChannelCount);

    /// <summary>Fragments in the largest message: more in one group is malformed.</summary>
    public int MaxFragments => (MaxMessageBytes + Protocol.FragmentPayloadBytes - 1) / Protocol.FragmentPayloadBytes;

    public void Write(ref WireWriter writer)
    {
        writer.WriteUInt32((uint)MaxReceiveBufferBytes);
        writer.WriteUInt32((uint)MaxMessageBytes);
        writer.WriteByte((byte)ChannelCount);
    }

    /// <summary>Reads limits and checks them as <see cref="NetConfig.Validate"/> would: the largest message fits the buffer.</summary>
    public static bool TryRead(ref WireReader reader, out ConnectionLimits limits)
    {
        limits = default;
        if (!reader.TryReadUInt32(out var receive) || !reader.TryReadUInt32(out var message) || !reader.TryReadByte(out var channels)
            || receive > int.MaxValue || message < Protocol.MaxUnfragmentedPayload || message > Protocol.MaxMessageBytes
            || channels < 1 || channels > Protocol.MaxChannels)
        {
            return false;
        }

        limits = new ConnectionLimits((int)receive, (int)message, channels);
        return limits.MaxReceiveBufferBytes >= Protocol.ReservedBytes((int)message, limits.MaxFragments);
    }
}
