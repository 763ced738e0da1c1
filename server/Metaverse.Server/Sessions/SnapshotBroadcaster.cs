using Google.Protobuf;
using Metaverse.Server.Rooms;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// Sends every joined client of a room the avatars of the others, delta-encoded against the newest
/// snapshot that client acknowledged (and predicted from that snapshot's own baseline). A snapshot that
/// fits one datagram goes Unreliable; a larger one (many avatars, or a full snapshot) ReliableOrdered on
/// its own channel.
/// </summary>
internal sealed class SnapshotBroadcaster
{
    private readonly AvatarSnapshotCodec _codec = AvatarSnapshotCodec.Default;
    private readonly List<AvatarEntity> _avatars = [];

    /// <summary>Snapshot messages sent since start (whole envelopes, bytes), for metrics and benchmarks.</summary>
    public long BytesSent { get; private set; }

    /// <summary>Bytes of the encoded avatar section of every snapshot sent.</summary>
    public long AvatarBytesSent { get; private set; }

    /// <summary>Avatars carried by every snapshot sent (each one an avatar update on the wire).</summary>
    public long AvatarUpdatesSent { get; private set; }

    public void Broadcast(Room room, IReadOnlyDictionary<int, ClientSession> sessions)
    {
        _avatars.Clear();
        foreach (var id in room.Members)
        {
            if (sessions.TryGetValue(id, out var member) && member.Pose is { } pose)
            {
                _avatars.Add(new AvatarEntity(member.ClientId, pose));
            }
        }

        var tick = (uint)room.Tick;
        foreach (var id in room.Members)
        {
            if (sessions.TryGetValue(id, out var session))
            {
                Send(session, tick);
            }
        }
    }

    private void Send(ClientSession session, uint tick)
    {
        var current = new AvatarSnapshot(tick, _avatars.Where(a => a.EntityId != session.ClientId));
        AvatarSnapshot? baseline = null;
        AvatarSnapshot? prediction = null;
        uint predictionTick = 0;
        if (session.AckedTick != 0 && session.Sent.TryGet(session.AckedTick, out var acked, out var ackedBaseline))
        {
            baseline = acked;
            if (ackedBaseline != 0 && tick - ackedBaseline <= AvatarSnapshotCodec.MaxPredictionSpanTicks && session.Sent.TryGet(ackedBaseline, out var older, out _))
            {
                prediction = older;
                predictionTick = ackedBaseline;
            }
        }

        var avatars = _codec.Encode(current, baseline, prediction);
        AvatarBytesSent += avatars.Length;
        AvatarUpdatesSent += current.Count;
        var envelope = new Envelope
        {
            Snapshot = new Snapshot
            {
                Tick = tick,
                BaselineTick = baseline?.Tick ?? 0,
                PredictionTick = predictionTick,
                LastIntentSequence = session.LastIntentSequence,
                AckedTick = session.AckedTick,
                Avatars = ByteString.CopyFrom(avatars),
            },
        };
        var bytes = envelope.ToByteArray();
        session.Sent.Add(current, baseline?.Tick ?? 0);
        var fits = bytes.Length <= session.Peer.MaxMessageBytes(DeliveryMethod.Unreliable);
        session.Peer.Send(bytes, fits ? DeliveryMethod.Unreliable : DeliveryMethod.ReliableOrdered, fits ? Channels.Snapshots : Channels.LargeSnapshots);
        BytesSent += bytes.Length;
    }
}
