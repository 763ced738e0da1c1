using Metaverse.Server.Rooms;
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
/// <para>
/// Threading: composing is independent per client, so in rooms of at least
/// <see cref="SnapshotSettings.ParallelFrom"/> clients one <see cref="SnapshotComposer"/> per core composes a share of them in parallel; sending stays
/// on the simulation thread (the transport is single-threaded), in member order, each snapshot queued as soon as it and
/// those before it are composed and sent at the next flush (between chunks of clients, or after the tick).
/// </para>
/// </summary>
internal sealed class SnapshotBroadcaster
{
    private readonly SnapshotComposer[] _composers;
    private readonly int _parallelFrom;
    private readonly int _clientsPerRead;
    private readonly Dictionary<uint, QuantizedAvatarPose> _poses = [];
    private readonly RoomHeads _heads = new();
    private readonly List<ClientSession> _members = [];

    /// <summary>Which of <see cref="_members"/> have their snapshot composed this tick (written by the workers).</summary>
    private bool[] _composed = [];

    public SnapshotBroadcaster(SnapshotSettings settings)
    {
        _parallelFrom = settings.ParallelFrom;
        _clientsPerRead = settings.ClientsPerNetworkRead;
        _composers = [.. Enumerable.Range(0, Environment.ProcessorCount).Select(_ => new SnapshotComposer(settings, new EntityArrayPool()))];
        foreach (var composer in _composers)
        {
            composer.Use(_poses, _heads);
        }
    }

    /// <summary>Snapshot messages sent since start (whole envelopes, bytes), for metrics and benchmarks.</summary>
    public long BytesSent { get; private set; }

    /// <summary>What every snapshot sent carried (avatar updates are the avatars the scheduler chose).</summary>
    public SnapshotCounts Sent { get; private set; }

    /// <summary>
    /// Composes and sends every member's snapshot of the tick, <see cref="SnapshotSettings.ClientsPerNetworkRead"/> clients at a time;
    /// between two such chunks (no composing in flight) it calls <paramref name="readNetwork"/>, where the
    /// simulation loop reads what arrived, so that acknowledgements coming back while a big room is composed count
    /// for the clients composed after them. A member that left or dropped during the tick is passed over.
    /// </summary>
    public void Broadcast(Room room, IReadOnlyDictionary<int, ClientSession> sessions, Action? readNetwork = null)
    {
        GatherMembers(room, sessions);
        var tick = (uint)room.Tick;
        var parallel = _members.Count >= _parallelFrom && _composers.Length > 1;
        if (parallel && _composed.Length < _members.Count)
        {
            _composed = new bool[_members.Count * 2];
        }

        for (var first = 0; first < _members.Count; first += _clientsPerRead)
        {
            if (first > 0)
            {
                readNetwork?.Invoke();
            }

            var end = Math.Min(_members.Count, first + _clientsPerRead);
            if (parallel)
            {
                ComposeInParallel(room, tick, first, end);
            }
            else
            {
                ComposeInOrder(room, tick, first, end);
            }
        }

        TakeCounts();
    }

    private void ComposeInOrder(Room room, uint tick, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var session = _members[i];
            if (IsStillIn(session, room))
            {
                _composers[0].Compose(session, room, tick);
                Send(session, room);
            }
        }
    }

    /// <summary>
    /// Members <paramref name="first"/> to <paramref name="end"/> (exclusive): each worker takes the next client until
    /// none is left, so a worker slowed down by the machine (the cores are shared) composes fewer instead of the tick
    /// waiting for its fixed share. The simulation thread, one of the workers, sends what is composed (in member
    /// order) after each client it composes itself, so the first snapshots leave while the last are still being
    /// composed and come back acknowledged sooner.
    /// </summary>
    private void ComposeInParallel(Room room, uint tick, int first, int end)
    {
        Array.Clear(_composed, first, end - first);
        var next = first - 1;
        var sent = first;
        var sender = Environment.CurrentManagedThreadId;
        Parallel.For(0, _composers.Length, worker =>
        {
            var sends = Environment.CurrentManagedThreadId == sender;
            for (var i = Interlocked.Increment(ref next); i < end; i = Interlocked.Increment(ref next))
            {
                if (IsStillIn(_members[i], room))
                {
                    _composers[worker].Compose(_members[i], room, tick);
                }

                Volatile.Write(ref _composed[i], true);
                if (sends)
                {
                    sent = SendComposed(room, sent, end);
                }
            }
        });

        SendComposed(room, sent, end);
    }

    /// <summary>A member gathered at the start of the tick that may have left the room or dropped since (read between chunks only).</summary>
    private static bool IsStillIn(ClientSession session, Room room) => session.Room == room && session.Peer.State == PeerState.Connected;

    /// <summary>Sends the composed snapshots from member <paramref name="first"/> on, up to the first not yet composed (or <paramref name="end"/>); returns its index.</summary>
    private int SendComposed(Room room, int first, int end)
    {
        while (first < end && Volatile.Read(ref _composed[first]))
        {
            if (IsStillIn(_members[first], room))
            {
                Send(_members[first], room);
            }

            first++;
        }

        return first;
    }

    private void GatherMembers(Room room, IReadOnlyDictionary<int, ClientSession> sessions)
    {
        _poses.Clear();
        _heads.Clear();
        _members.Clear();
        foreach (var id in room.Members)
        {
            if (!sessions.TryGetValue(id, out var member))
            {
                continue;
            }

            _members.Add(member);
            if (member.Pose is { } pose)
            {
                _poses[member.ClientId] = pose;
                _heads.Set(member.ClientId, PositionQuantizer.Default.Dequantize(pose.HeadPosition));
            }
        }
    }

    /// <summary>Queues the client's snapshot (after the twin catalog when due); it leaves at the next flush (between chunks, or after the tick).</summary>
    private void Send(ClientSession session, Room room)
    {
        var outgoing = session.Outgoing;
        if (outgoing.CatalogDue)
        {
            session.Peer.Send(room.Twins.EncodedCatalog(room.Name), DeliveryMethod.ReliableOrdered, Channels.Control);
            outgoing.CatalogDue = false;
        }

        var message = outgoing.Message;
        var fits = message.Length <= session.Peer.MaxMessageBytes(DeliveryMethod.Unreliable);
        session.Peer.Send(message, fits ? DeliveryMethod.Unreliable : DeliveryMethod.ReliableOrdered, fits ? Channels.Snapshots : Channels.LargeSnapshots);
        BytesSent += message.Length;
    }

    private void TakeCounts()
    {
        foreach (var composer in _composers)
        {
            Sent += composer.TakeCounts();
        }
    }
}
