namespace Metaverse.Shared.Net;

/// <summary>Traffic counters of one connection, or of a whole host (the sum over its connections plus handshakes).</summary>
public sealed class NetStatistics
{
    public long PacketsSent { get; private set; }

    public long PacketsReceived { get; private set; }

    public long BytesSent { get; private set; }

    public long BytesReceived { get; private set; }

    public long MessagesSent { get; private set; }

    public long MessagesReceived { get; private set; }

    /// <summary>Reliable messages sent again after their packet was declared lost.</summary>
    public long MessagesResent { get; private set; }

    /// <summary>Ack-eliciting packets sent (those whose loss can be detected).</summary>
    public long TrackedPacketsSent { get; private set; }

    /// <summary>Tracked packets declared lost and never acknowledged later.</summary>
    public long PacketsLost { get; private set; }

    /// <summary>Packets declared lost that were acknowledged later (reordered, not lost); not in <see cref="PacketsLost"/>.</summary>
    public long SpuriousLosses { get; private set; }

    /// <summary>Lost tracked packets as a percentage of tracked packets sent.</summary>
    public double PacketLossPercent => TrackedPacketsSent == 0 ? 0 : 100.0 * PacketsLost / TrackedPacketsSent;

    internal void AddSent(int bytes, bool tracked)
    {
        PacketsSent++;
        BytesSent += bytes;
        TrackedPacketsSent += tracked ? 1 : 0;
    }

    internal void AddReceived(int bytes)
    {
        PacketsReceived++;
        BytesReceived += bytes;
    }

    internal void AddMessagesSent(int count) => MessagesSent += count;

    internal void AddMessageReceived() => MessagesReceived++;

    internal void AddResent() => MessagesResent++;

    internal void AddLost() => PacketsLost++;

    internal void AddSpuriousLoss()
    {
        PacketsLost--;
        SpuriousLosses++;
    }

    public override string ToString() =>
        $"sent {PacketsSent} pkts/{BytesSent} B, received {PacketsReceived} pkts/{BytesReceived} B, " +
        $"messages {MessagesSent} out/{MessagesReceived} in, resent {MessagesResent}, loss {PacketLossPercent:F1}%";
}
