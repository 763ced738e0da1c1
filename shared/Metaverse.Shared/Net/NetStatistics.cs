namespace Metaverse.Shared.Net;

/// <summary>Traffic counters of one connection or a whole host, read from LiteNetLib's statistics (datagrams as on the wire, seals included).</summary>
public sealed record NetStatistics(long PacketsSent, long PacketsReceived, long BytesSent, long BytesReceived, long PacketsLost)
{
    /// <summary>Lost packets as a percentage of packets sent.</summary>
    public double PacketLossPercent => PacketsSent == 0 ? 0 : 100.0 * PacketsLost / PacketsSent;

    internal static NetStatistics From(LiteNetLib.NetStatistics s) => new(s.PacketsSent, s.PacketsReceived, s.BytesSent, s.BytesReceived, s.PacketLoss);

    public override string ToString() =>
        $"sent {PacketsSent} pkts/{BytesSent} B, received {PacketsReceived} pkts/{BytesReceived} B, loss {PacketLossPercent:F1}%";
}
