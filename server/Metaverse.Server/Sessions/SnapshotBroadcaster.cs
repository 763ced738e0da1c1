using Google.Protobuf;
using Metaverse.Server.Rooms;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// Sends every joined client of a room the avatars of the others, delta-encoded against the newest
/// snapshot that client acknowledged (and predicted from that snapshot's own baseline). Within the
/// client's byte budget its scheduler picks which avatars are updated this tick, nearest first with no
/// avatar starved; the others keep the pose the client already has (one bit each). Only the
/// <c>interestAvatars</c> nearest avatars are considered at all (interest management), so a tick costs
/// O(N·K) rather than O(N²); an avatar that leaves a client's interest is removed from its view. A snapshot that fits
/// one datagram goes Unreliable; a larger one (a first, full snapshot of a big room) ReliableOrdered on
/// its own channel.
/// </summary>
internal sealed class SnapshotBroadcaster
{
    private readonly NearestAvatars _nearest = new();
    /// <summary>Planning estimates of an avatar's encoded size, in bytes: a delta, and a first full pose.</summary>
    private const int DeltaBytes = 12;
    private const int FullBytes = 30;
    private readonly AvatarSnapshotCodec _codec = AvatarSnapshotCodec.Default;
    private readonly int _bytesPerSecond;
    private readonly int _tickHz;
    private readonly int _interestAvatars;
    private readonly int _twinBytesPerSnapshot;

    /// <summary>A dense twin value: one-byte gap and a float32.</summary>
    private const int TwinValueBytes = 5;
    private readonly PriorityAccumulatorWeights _weights = new();
    private readonly Dictionary<uint, QuantizedAvatarPose> _poses = [];
    private readonly Dictionary<uint, System.Numerics.Vector3> _heads = [];
    private readonly Envelope _envelope = new() { Snapshot = new Snapshot() };
    private byte[] _avatarBuffer = new byte[1024];
    private byte[] _messageBuffer = new byte[1500];
    private readonly HashSet<uint> _planned = [];
    private readonly Func<uint, int> _sizeOf;
    private readonly Func<uint, float> _priorityOf;

    /// <summary>The client being planned: read by the cached delegates above, so a plan allocates no closures.</summary>
    private AvatarSnapshot? _planBaseline;
    private System.Numerics.Vector3 _planViewer;

    public SnapshotBroadcaster(int bytesPerSecond, int tickHz, int interestAvatars, int twinBytesPerSecond)
    {
        _twinBytesPerSnapshot = Math.Max(TwinValueBytes, twinBytesPerSecond / tickHz);
        _bytesPerSecond = bytesPerSecond;
        _tickHz = tickHz;
        _interestAvatars = interestAvatars;
        _sizeOf = id => _planBaseline?.TryGetPose(id, out _) == true ? DeltaBytes : FullBytes;
        _priorityOf = id => _weights.Evaluate(1f, System.Numerics.Vector3.Distance(_planViewer, _heads[id]), changed: true);
    }

    /// <summary>Snapshot messages sent since start (whole envelopes, bytes), for metrics and benchmarks.</summary>
    public long BytesSent { get; private set; }

    /// <summary>Bytes of the encoded avatar section of every snapshot sent.</summary>
    public long AvatarBytesSent { get; private set; }

    /// <summary>Bytes of the packed twin values of every snapshot sent.</summary>
    public long TwinBytesSent { get; private set; }

    /// <summary>Avatars updated (chosen by the scheduler) in every snapshot sent.</summary>
    public long AvatarUpdatesSent { get; private set; }

    public void Broadcast(Room room, IReadOnlyDictionary<int, ClientSession> sessions)
    {
        _poses.Clear();
        _heads.Clear();
        foreach (var id in room.Members)
        {
            if (sessions.TryGetValue(id, out var member) && member.Pose is { } pose)
            {
                _poses[member.ClientId] = pose;
                _heads[member.ClientId] = PositionQuantizer.Default.Dequantize(pose.HeadPosition);
            }
        }

        var tick = (uint)room.Tick;
        foreach (var id in room.Members)
        {
            if (sessions.TryGetValue(id, out var session))
            {
                Send(session, room, tick);
            }
        }
    }

    private void Send(ClientSession session, Room room, uint tick)
    {
        var (baseline, prediction, predictionTick) = Baselines(session, tick);
        var replication = session.Replication ??= new ClientReplication(_bytesPerSecond, _tickHz);
        _planViewer = _heads.GetValueOrDefault(session.ClientId);
        _planBaseline = baseline;
        _nearest.Select(_heads, session.ClientId, _planViewer, _interestAvatars, replication.Interest);
        replication.Track(_nearest.Chosen);
        _planned.Clear();
        foreach (var id in replication.Scheduler.Plan(tick, replication.Budget, _sizeOf, _priorityOf))
        {
            _planned.Add(id);
        }

        var current = Compose(tick, baseline);
        var avatarBytes = _codec.MaxEncodedBytes(current.Count, baseline?.Count ?? 0);
        if (_avatarBuffer.Length < avatarBytes)
        {
            _avatarBuffer = new byte[avatarBytes * 2];
        }

        var avatarLength = _codec.Encode(current, baseline, prediction, _avatarBuffer);
        AvatarBytesSent += avatarLength;
        AvatarUpdatesSent += _planned.Count;

        // One Snapshot message reused for every client: its byte fields wrap this broadcaster's buffers
        // without copying, and it is serialized into a reused buffer before either is touched again.
        var snapshot = _envelope.Snapshot;
        snapshot.Tick = tick;
        snapshot.BaselineTick = baseline?.Tick ?? 0;
        snapshot.PredictionTick = predictionTick;
        snapshot.LastIntentSequence = session.LastIntentSequence;
        snapshot.AckedTick = session.AckedTick;
        snapshot.Avatars = UnsafeByteOperations.UnsafeWrap(_avatarBuffer.AsMemory(0, avatarLength));
        AddTwinValues(snapshot, session, room, tick);
        var size = _envelope.CalculateSize();
        if (_messageBuffer.Length < size)
        {
            _messageBuffer = new byte[size * 2];
        }

        _envelope.WriteTo(_messageBuffer.AsSpan(0, size));
        session.Sent.Add(current, baseline?.Tick ?? 0);
        var fits = size <= session.Peer.MaxMessageBytes(DeliveryMethod.Unreliable);
        session.Peer.Send(_messageBuffer.AsSpan(0, size), fits ? DeliveryMethod.Unreliable : DeliveryMethod.ReliableOrdered, fits ? Channels.Snapshots : Channels.LargeSnapshots);
        BytesSent += size;
    }

    /// <summary>The room's changed twin channels for this client; a new catalog goes first, reliably, when the twins changed.</summary>
    private void AddTwinValues(Snapshot snapshot, ClientSession session, Room room, uint tick)
    {
        var twins = room.Twins;
        snapshot.TwinCatalogVersion = 0;
        snapshot.TwinValues = ByteString.Empty;
        if (twins.Version == 0)
        {
            return;
        }

        var replication = session.Twins ??= new ClientTwinReplication(_twinBytesPerSnapshot);
        if (replication.CatalogVersion != twins.Version)
        {
            replication.Reset(twins.Version, twins.Values.Length);
            session.Peer.Send(twins.CatalogEnvelope(room.Name), DeliveryMethod.ReliableOrdered, Channels.Control);
        }

        var values = replication.Encode(tick, twins);
        snapshot.TwinCatalogVersion = twins.Version;
        snapshot.TwinValues = UnsafeByteOperations.UnsafeWrap(values);
        TwinBytesSent += values.Length;
    }

    /// <summary>The client's view this tick: planned avatars as they are now, the others as the client last had them.</summary>
    private AvatarSnapshot Compose(uint tick, AvatarSnapshot? baseline)
    {
        var count = 0;
        foreach (var id in _nearest.Chosen)
        {
            if (_planned.Contains(id) || (baseline is not null && baseline.TryGetPose(id, out _)))
            {
                count++;
            }
        }

        var chosen = new AvatarEntity[count];
        count = 0;
        foreach (var id in _nearest.Chosen)
        {
            if (_planned.Contains(id))
            {
                chosen[count++] = new AvatarEntity(id, _poses[id]);
            }
            else if (baseline is not null && baseline.TryGetPose(id, out var held))
            {
                chosen[count++] = new AvatarEntity(id, held);
            }
        }

        return AvatarSnapshot.Owning(tick, chosen);
    }

    private static (AvatarSnapshot? Baseline, AvatarSnapshot? Prediction, uint PredictionTick) Baselines(ClientSession session, uint tick)
    {
        if (session.AckedTick == 0 || !session.Sent.TryGet(session.AckedTick, out var baseline, out var baselineOf))
        {
            return (null, null, 0);
        }

        return baselineOf != 0 && tick - baselineOf <= AvatarSnapshotCodec.MaxPredictionSpanTicks && session.Sent.TryGet(baselineOf, out var older, out _)
            ? (baseline, older, baselineOf)
            : (baseline, null, 0);
    }
}
