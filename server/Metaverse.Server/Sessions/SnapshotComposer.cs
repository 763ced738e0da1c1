using System.Numerics;
using Metaverse.Server.Rooms;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// Plans and encodes one client's snapshot at a time into that client's <see cref="OutgoingSnapshot"/>:
/// interest (its nearest avatars), the scheduler's choice within its byte budget, the delta against its
/// acknowledged baseline, and its changed twin values. Touches only the client's own session state and
/// reads the tick's shared poses, so several composers run in parallel over disjoint clients. One per
/// worker thread; its scratch buffers and the reused snapshot message are its own.
/// </summary>
internal sealed class SnapshotComposer
{
    /// <summary>Planning estimates of an avatar's encoded size, in bytes: a delta, and a first full pose.</summary>
    private const int DeltaBytes = 12;
    private const int FullBytes = 30;
    private readonly AvatarSnapshotCodec _codec = AvatarSnapshotCodec.Default;
    private readonly AvatarDeltaCache _deltas = new(AvatarSnapshotCodec.Default.Avatars);
    private readonly SnapshotSettings _settings;
    private readonly NearestAvatars _nearest = new();
    private readonly PriorityAccumulatorWeights _weights = new();
    private readonly Snapshot _snapshot = new();
    private readonly HashSet<uint> _planned = [];
    private readonly EntityArrayPool _arrays;
    private readonly Func<uint, int> _sizeOf;
    private readonly Func<uint, float> _priorityOf;
    private byte[] _avatarBuffer = new byte[1024];
    private Dictionary<uint, QuantizedAvatarPose> _poses = [];
    private RoomHeads _heads = new();

    /// <summary>The client being planned: read by the cached delegates above, so a plan allocates no closures.</summary>
    private AvatarSnapshot? _planBaseline;
    private Vector3 _planViewer;
    private SnapshotCounts _counts;

    public SnapshotComposer(SnapshotSettings settings, EntityArrayPool arrays)
    {
        _settings = settings;
        _arrays = arrays;
        _sizeOf = id => _planBaseline?.TryGetPose(id, out _) == true ? DeltaBytes : FullBytes;
        _priorityOf = id => _weights.Evaluate(1f, Vector3.Distance(_planViewer, _heads[id]), changed: true);
    }

    /// <summary>What the snapshots composed since the last call carried.</summary>
    public SnapshotCounts TakeCounts()
    {
        var counts = _counts;
        _counts = default;
        return counts;
    }

    /// <summary>The tick's avatars (by client id): poses and dequantized head positions. Read-only while composing.</summary>
    public void Use(Dictionary<uint, QuantizedAvatarPose> poses, RoomHeads heads) => (_poses, _heads) = (poses, heads);

    /// <summary>
    /// Composes <paramref name="session"/>'s snapshot of <paramref name="room"/> at <paramref name="tick"/> into its outgoing
    /// buffer; avatars are predicted from the two snapshots before the baseline when the client acknowledged them.
    /// </summary>
    public void Compose(ClientSession session, Room room, uint tick)
    {
        var baseline = Baseline(session);
        var replication = session.Replication ??= new ClientReplication(_settings.BytesPerSecond, _settings.TickHz);
        _planViewer = _heads.TryGetIndex(session.ClientId, out var own) ? _heads.Positions[own] : default;
        _planBaseline = baseline;
        if (replication.InterestDue(tick, session.ClientId, _heads, _settings.InterestAvatars))
        {
            _nearest.Select(_heads, session.ClientId, _planViewer, _settings.InterestAvatars, replication.Interest);
            replication.Track(_nearest.Chosen);
        }

        _planned.Clear();
        foreach (var id in replication.Scheduler.Plan(tick, replication.Budget, _sizeOf, _priorityOf))
        {
            _planned.Add(id);
        }

        var current = View(tick, baseline, replication.Interest);
        var avatarBytes = _codec.MaxEncodedBytes(current.Count, baseline?.Count ?? 0);
        if (_avatarBuffer.Length < avatarBytes)
        {
            _avatarBuffer = new byte[avatarBytes * 2];
        }

        var holdsRecent = baseline is not null && session.Acks.Contains(baseline.Tick - 1) && session.Acks.Contains(baseline.Tick - 2);
        var avatarLength = _codec.Encode(current, baseline, _avatarBuffer, _deltas, session.Sent, holdsRecent);
        _counts += new SnapshotCounts(avatarLength, _planned.Count, 0, baseline is null ? 0 : 1, baseline is null ? 0 : tick - baseline.Tick);

        // One Snapshot message reused for every client: its byte members wrap this composer's buffers
        // without copying, and it is serialized into the client's buffer before either is touched again.
        var snapshot = _snapshot;
        snapshot.Tick = tick;
        snapshot.BaselineTick = baseline?.Tick ?? 0;
        snapshot.LastIntentSequence = session.LastIntentSequence;
        snapshot.AckedTick = session.AckedTick;
        snapshot.Avatars = _avatarBuffer.AsMemory(0, avatarLength);
        AddTwinValues(snapshot, session, room, tick);
        session.Outgoing.Write(snapshot);
        if (session.Sent.Add(current) is { } replaced)
        {
            _arrays.Return(replaced.Reclaim());
        }
    }

    /// <summary>The room's changed twin channels for this client; when the twins changed, a new catalog is due first (sent reliably by the broadcaster).</summary>
    private void AddTwinValues(Snapshot snapshot, ClientSession session, Room room, uint tick)
    {
        var twins = room.Twins;
        snapshot.TwinCatalogVersion = 0;
        snapshot.TwinValues = ReadOnlyMemory<byte>.Empty;
        if (twins.Version == 0)
        {
            return;
        }

        var replication = session.Twins ??= new ClientTwinReplication(_settings.TwinBytesPerSnapshot);
        if (replication.CatalogVersion != twins.Version)
        {
            replication.Reset(twins.Version, twins.Values.Length);
            session.Outgoing.CatalogDue = true;
        }

        var values = replication.Encode(tick, twins);
        snapshot.TwinCatalogVersion = twins.Version;
        snapshot.TwinValues = values;
        _counts = _counts with { TwinBytes = _counts.TwinBytes + values.Length };
    }

    /// <summary>
    /// The client's view this tick, as it will decode it: planned avatars moved on to their pose now (see
    /// <see cref="AvatarEntity.Updated"/>), the others as the client last had them.
    /// </summary>
    private AvatarSnapshot View(uint tick, AvatarSnapshot? baseline, ReadOnlySpan<uint> interest)
    {
        var count = 0;
        foreach (var id in interest)
        {
            if (_planned.Contains(id) || (baseline is not null && baseline.TryGetPose(id, out _)))
            {
                count++;
            }
        }

        var chosen = _arrays.Rent(count);
        count = 0;
        AvatarEntity held = default;
        foreach (var id in interest)
        {
            var isHeld = baseline is not null && baseline.TryGetEntity(id, out held);
            if (_planned.Contains(id))
            {
                chosen[count++] = isHeld ? held.Updated(_poses[id], tick) : AvatarEntity.Added(id, _poses[id], tick);
            }
            else if (isHeld)
            {
                chosen[count++] = held;
            }
        }

        return AvatarSnapshot.Owning(tick, chosen);
    }

    private static AvatarSnapshot? Baseline(ClientSession session) =>
        session.AckedTick != 0 && session.Sent.TryGet(session.AckedTick, out var baseline) ? baseline : null;
}
