using Metaverse.Server.Rooms;
using Metaverse.Server.Sessions;

namespace Metaverse.Server.Hosting;

/// <summary>What the simulation thread publishes for HTTP (health, metrics, rooms): immutable, replaced a few times a second.</summary>
public sealed record ServerSnapshot(
    DateTimeOffset TakenUtc,
    int Connections,
    long PacketsIn,
    long PacketsOut,
    long BytesIn,
    long BytesOut,
    long DroppedDatagrams,
    long TickP50Micros,
    long TickP99Micros,
    long TickMaxMicros,
    long LateTicksSkipped,
    SnapshotCounts Snapshots,
    long InvalidMessages,
    IReadOnlyList<RoomSummary> Rooms)
{
    public static ServerSnapshot Empty { get; } = new(DateTimeOffset.UnixEpoch, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, default, 0, []);

    /// <summary>Tick-duration histogram since start: cumulative counts per bucket of <see cref="TickDurations.BucketUpperMicros"/> (the last counts all), and the sum in microseconds.</summary>
    public IReadOnlyList<long> TickBuckets { get; init; } = [];

    public long TickSumMicros { get; init; }

    /// <summary>Incoming datagrams the sealing layer dropped, by reason (their sum is <see cref="DroppedDatagrams"/>).</summary>
    public IReadOnlyDictionary<Metaverse.Shared.Net.DropReason, long> DropsByReason { get; init; } = new Dictionary<Metaverse.Shared.Net.DropReason, long>();

    /// <summary>Outgoing datagrams the sealing layer did not send because their destination had no session.</summary>
    public long SuppressedSends { get; init; }
}
