using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Security;
using Metaverse.Shared.Replication;

namespace Metaverse.Client;

/// <summary>
/// One client session over its own <see cref="NetHost"/> (docs/SESSION_PROTOCOL.md): connects with the login
/// token, says Hello, joins a room, sends poses and chat, decodes snapshots against the ones it holds,
/// acknowledges them and feeds the interpolation buffer. Single-threaded: the owner calls <see cref="Poll"/>
/// in its loop, and every callback and state change happens inside it.
/// </summary>
public sealed class SessionClient : INetEventListener, IDisposable
{
    public const uint ProtocolVersion = SessionProtocol.Version;
    public const byte ControlChannel = SessionProtocol.ControlChannel;
    public const byte PoseChannel = SessionProtocol.PoseChannel;
    public const byte SnapshotChannel = SessionProtocol.SnapshotChannel;
    public const int MaxChatLength = SessionProtocol.MaxChatLength;

    private readonly SessionClientOptions _options;
    private readonly HashSet<uint> _avatarsSeen = [];

    /// <summary>Snapshots received during the current poll, decoded (the newest) when it has delivered everything.</summary>
    private readonly List<Snapshot> _arrivedSnapshots = [];
    private readonly Dictionary<string, CommandResult> _commandResults = [];
    private readonly AvatarSnapshotCodec _codec = AvatarSnapshotCodec.Default;
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();

    /// <summary>Each outgoing message is serialized here, then copied by the transport.</summary>
    private readonly ArrayBufferWriter<byte> _sendBuffer = new(256);
    private long _connectedAt;
    private long _joinedAt;
    private uint _joinedTick;
    private uint _poseSequence;
    private bool _disposed;

    /// <summary>Binds a socket and starts connecting to <paramref name="server"/> with the sign-in's connect token and session keys.</summary>
    /// <param name="name">Display name sent in Hello.</param>
    /// <param name="server">The server's UDP address.</param>
    /// <param name="credentials">The connect token and session keys from the login.</param>
    /// <param name="options">Settings; defaults when null.</param>
    public SessionClient(string name, IPEndPoint server, ConnectCredentials credentials, SessionClientOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(server);
        _options = options ?? new SessionClientOptions();
        Name = name;
        Server = server;
        Snapshots = new SnapshotStore(_options.SnapshotStoreCapacity);
        var bindTo = _options.BindTo ?? DefaultBind(server);
        Host = NetHost.Start(_options.NetConfig ?? new NetConfig(), this, bindTo, _options.Conditions);
        ArgumentNullException.ThrowIfNull(credentials);
        Peer = Host.Connect(server, credentials.Token.Span, credentials.Keys);
    }

    public string Name { get; }

    public IPEndPoint Server { get; }

    public NetHost Host { get; }

    /// <summary>The connection to the server.</summary>
    public NetPeer Peer { get; }

    public SessionState State { get; private set; } = SessionState.Connecting;

    /// <summary>From Welcome; 0 before it.</summary>
    public uint ClientId { get; private set; }

    /// <summary>From Welcome; 0 before it.</summary>
    public uint TickRateHz { get; private set; }

    /// <summary>Room joined (from RoomJoined), null when in none.</summary>
    public string? RoomId { get; private set; }

    /// <summary>This client's own avatar in snapshots (from RoomJoined; snapshots never contain it).</summary>
    public uint AvatarEntityId { get; private set; }

    /// <summary>Room bounds from RoomJoined (metres), null before.</summary>
    public (System.Numerics.Vector3 Min, System.Numerics.Vector3 Max)? RoomBounds { get; private set; }

    /// <summary>The last RoomLeft received (for example "no room named ..."), null when none.</summary>
    public RoomLeft? LastRoomLeft { get; private set; }

    /// <summary>Why the connection ended, null while it is up.</summary>
    public DisconnectInfo? DisconnectInfo { get; private set; }

    /// <summary>Why this session failed, human-readable; null while nothing went wrong.</summary>
    public string? Failure { get; private set; }

    public ChatTracker Chat { get; } = new();

    /// <summary>The joined room's twin channels: catalog and newest values.</summary>
    public TwinChannels Twins { get; } = new();

    /// <summary>Names and roles of the room's members, by avatar entity id.</summary>
    public RoomRoster Roster { get; } = new();

    /// <summary>Decoded snapshots kept as baselines.</summary>
    public SnapshotStore Snapshots { get; }

    /// <summary>Avatars of the snapshots by server tick; created at Welcome (it needs the tick rate).</summary>
    public SnapshotInterpolationBuffer<AvatarFrame>? Interpolation { get; private set; }

    /// <summary>Newest decoded snapshot (by tick), null before the first.</summary>
    public AvatarSnapshot? LatestSnapshot { get; private set; }

    public IReadOnlySet<uint> AvatarsSeen => _avatarsSeen;

    /// <summary>CommandResults received, by request id.</summary>
    public IReadOnlyDictionary<string, CommandResult> CommandResults => _commandResults;

    public long PosesSent { get; private set; }

    public long ChatSent { get; private set; }

    public long SnapshotsReceived { get; private set; }

    public long SnapshotsDecoded { get; private set; }

    /// <summary>Snapshots whose baseline is no longer held (the server falls back to a full one).</summary>
    public long SnapshotsMissingBaseline { get; private set; }

    /// <summary>Snapshots whose avatars did not decode.</summary>
    public long SnapshotsUndecodable { get; private set; }

    /// <summary>Snapshots of a tick already decoded.</summary>
    public long SnapshotsDuplicate { get; private set; }

    /// <summary>Snapshots left undecoded because a newer one arrived in the same <see cref="Poll"/>.</summary>
    public long SnapshotsSuperseded { get; private set; }

    /// <summary>Highest AvatarPoseIntent sequence the server reported applied.</summary>
    public uint LastIntentSequenceApplied { get; private set; }

    /// <summary>Messages that were not a valid session message, or not one a server sends.</summary>
    public long InvalidMessages { get; private set; }

    /// <summary>Raised inside <see cref="Poll"/> for every chat message received.</summary>
    public event EventHandler<ChatMessage>? ChatReceived;

    /// <summary>Seconds on this client's monotonic clock (the interpolation buffer's local time).</summary>
    public double LocalTime => Stopwatch.GetElapsedTime(_startTimestamp).TotalSeconds;

    /// <summary>Runs the transport (see <see cref="NetHost.Poll"/>); every event of this session is handled inside.</summary>
    public int Poll(TimeSpan maxWait = default)
    {
        if (_disposed)
        {
            return 0;
        }

        if ((State is SessionState.Welcomed or SessionState.Joined) && _options.Refresher?.TokenToSend() is { } token)
        {
            Send(new RefreshSession { Token = token }, DeliveryMethod.ReliableOrdered, ControlChannel);
        }

        return Host.Poll(maxWait);
    }

    /// <summary>Sends an AvatarPoseIntent (Sequenced, channel 1) with the next sequence number, sampled now; false when not in a room or not queued.</summary>
    public bool SendPose(AvatarPose pose) => SendPose(pose, Stopwatch.GetTimestamp());

    /// <summary>
    /// As <see cref="SendPose(AvatarPose)"/>, for a pose sampled at <paramref name="sampledAt"/> (a <see cref="Stopwatch"/>
    /// timestamp): the server places the avatar on its tick times by these sampling times.
    /// </summary>
    public bool SendPose(AvatarPose pose, long sampledAt)
    {
        if (State != SessionState.Joined)
        {
            return false;
        }

        // Microseconds on this client's clock; at least 1, since 0 tells the server the time is unknown.
        var clientTimeUs = Math.Max(1, (long)Stopwatch.GetElapsedTime(_startTimestamp, sampledAt).TotalMicroseconds);
        var intent = new AvatarPoseIntent { Sequence = _poseSequence + 1, ClientTimeUs = clientTimeUs };
        if (PackedAvatarPose.TryPack(pose, _codec.Avatars) is { } packed)
        {
            intent.PackedPose = packed;
        }
        else
        {
            // Not packable (out of bounds, NaN, a zero rotation): sent as floats, which the server refuses and counts as invalid.
            intent.Head = Tracked(pose.HeadPosition, pose.HeadRotation);
            intent.LeftHand = Tracked(pose.LeftHandPosition, pose.LeftHandRotation);
            intent.RightHand = Tracked(pose.RightHandPosition, pose.RightHandRotation);
        }

        if (Send(intent, DeliveryMethod.Sequenced, PoseChannel) != SendResult.Queued)
        {
            return false;
        }

        _poseSequence++;
        PosesSent++;
        return true;
    }

    /// <summary>Sends a chat line to the room (ReliableOrdered, channel 0). Text of 1–500 characters.</summary>
    public SendResult SendChat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length is 0 or > MaxChatLength)
        {
            throw new ArgumentOutOfRangeException(nameof(text), text.Length, $"chat text must be 1–{MaxChatLength} characters");
        }

        if (State != SessionState.Joined)
        {
            return SendResult.NotConnected;
        }

        var result = Send(new ChatMessage { Text = text }, DeliveryMethod.ReliableOrdered, ControlChannel);
        if (result == SendResult.Queued)
        {
            ChatSent++;
        }

        return result;
    }

    /// <summary>Sends JoinRoom; RoomJoined or RoomLeft follows.</summary>
    public SendResult JoinRoom(string roomId)
    {
        ArgumentException.ThrowIfNullOrEmpty(roomId);
        return State is SessionState.Welcomed or SessionState.Joined
            ? Send(new JoinRoom { RoomId = roomId }, DeliveryMethod.ReliableOrdered, ControlChannel)
            : SendResult.NotConnected;
    }

    /// <summary>Sends LeaveRoom for the current room; RoomLeft follows.</summary>
    public SendResult LeaveRoom() =>
        State == SessionState.Joined
            ? Send(new LeaveRoom { RoomId = RoomId ?? string.Empty }, DeliveryMethod.ReliableOrdered, ControlChannel)
            : SendResult.NotConnected;

    /// <summary>Sends a Command; its CommandResult appears in <see cref="CommandResults"/>.</summary>
    public SendResult SendCommand(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return State is SessionState.Welcomed or SessionState.Joined
            ? Send(command, DeliveryMethod.ReliableOrdered, ControlChannel)
            : SendResult.NotConnected;
    }

    /// <summary>The avatars at render time now (interpolated per <see cref="SnapshotInterpolationBuffer{T}"/>); empty before any snapshot.</summary>
    public SnapshotInterpolationMode SampleAvatars(out IReadOnlyDictionary<uint, SnapshotInterpolationPose> avatars)
    {
        if (Interpolation is null)
        {
            avatars = new Dictionary<uint, SnapshotInterpolationPose>();
            return SnapshotInterpolationMode.None;
        }

        var mode = Interpolation.Sample(LocalTime, out var frame);
        avatars = frame?.Poses ?? new Dictionary<uint, SnapshotInterpolationPose>();
        return mode;
    }

    public SessionStats GetStats()
    {
        var now = Stopwatch.GetTimestamp();
        var sinceJoined = _joinedAt == 0 ? 0 : Stopwatch.GetElapsedTime(_joinedAt, now).TotalSeconds;
        var sinceConnected = _connectedAt == 0 ? 0 : Stopwatch.GetElapsedTime(_connectedAt, now).TotalSeconds;
        return new SessionStats
        {
            State = State,
            AvatarsSeen = _avatarsSeen.Count,
            SnapshotsDecoded = SnapshotsDecoded,
            SnapshotsSkipped = SnapshotsMissingBaseline + SnapshotsUndecodable,
            SnapshotsSuperseded = SnapshotsSuperseded,
            SnapshotsPerSecond = sinceJoined > 0 ? SnapshotsDecoded / sinceJoined : 0,
            InterpolationDelayMs = (Interpolation?.DelaySeconds ?? 0) * 1000,
            RttMs = Peer.Rtt.TotalMilliseconds,
            BytesInPerSecond = sinceConnected > 0 ? Peer.Statistics.BytesReceived / sinceConnected : 0,
            BytesOutPerSecond = sinceConnected > 0 ? Peer.Statistics.BytesSent / sinceConnected : 0,
            PosesSent = PosesSent,
            ChatSent = ChatSent,
            ChatReceived = Chat.Received,
            ChatMissing = Chat.Gaps,
            ChatOutOfOrder = Chat.OutOfOrder,
            ChatDuplicates = Chat.Duplicates,
        };
    }

    /// <summary>Disconnects (the reason reaches the server) and sends it now; the host stays open until <see cref="Dispose"/>.</summary>
    public void Close(string reason = "client closed")
    {
        if (!_disposed && Peer.State != PeerState.Disconnected)
        {
            Peer.Disconnect(reason);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        Close();
        _disposed = true;
        Host.Dispose();
    }

    /// <summary>Never called: a client's host does not accept connections (and its sealing layer drops every unsealed datagram).</summary>
    void INetEventListener.OnConnectionRequest(ConnectionRequest request)
    {
    }

    void INetEventListener.OnPeerConnected(NetPeer peer)
    {
        _connectedAt = Stopwatch.GetTimestamp();
        State = SessionState.Connected;
        Send(new Hello { ProtocolVersion = ProtocolVersion, ClientName = Name }, DeliveryMethod.ReliableOrdered, ControlChannel);
    }

    void INetEventListener.OnPeerDisconnected(NetPeer peer, DisconnectInfo info)
    {
        var wasJoined = State == SessionState.Joined;
        State = SessionState.Disconnected;
        DisconnectInfo = info;
        if (info.Reason != DisconnectReason.LocalDisconnect && info.Reason != DisconnectReason.HostShutdown)
        {
            Failure ??= info.Reason switch
            {
                DisconnectReason.ConnectionRejected => $"connection rejected: {info.Message}",
                DisconnectReason.ConnectionFailed => $"no answer from {Server}",
                _ => $"disconnected{(wasJoined ? string.Empty : " before joining")} ({info.Reason}): {info.Message}",
            };
        }
    }

    void INetEventListener.OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
    {
        switch (SessionCodec.Deserialize(message))
        {
            case Welcome welcome:
                OnWelcome(welcome);
                break;
            case RoomJoined joined:
                OnRoomJoined(joined);
                break;
            case RoomLeft left:
                OnRoomLeft(left);
                break;
            case Snapshot snapshot:
                SnapshotsReceived++;
                _arrivedSnapshots.Add(snapshot);
                break;
            case ChatBatch batch:
                OnChat(batch);
                break;
            case TwinCatalog catalog:
                Twins.Apply(catalog);
                break;
            case RoomMembers members:
                Roster.Apply(members);
                break;
            case CommandResult result:
                _commandResults.TryAdd(result.RequestId, result);
                break;
            case SessionRefreshed refreshed when _options.Refresher is { } refresher:
                refresher.Answered(refreshed);
                break;
            default:
                InvalidMessages++;
                break;
        }
    }

    /// <summary>
    /// Decodes the newest snapshot of the poll (or, when it does not decode, the newest one that does); older ones
    /// are superseded, as if lost: a client that fell behind catches up with one decode instead of many, and
    /// acknowledges the newest tick it holds.
    /// </summary>
    void INetEventListener.OnPollDelivered()
    {
        if (_arrivedSnapshots.Count == 0)
        {
            return;
        }

        _arrivedSnapshots.Sort(static (a, b) => b.Tick.CompareTo(a.Tick));
        for (var i = 0; i < _arrivedSnapshots.Count; i++)
        {
            if (TryApplySnapshot(_arrivedSnapshots[i]))
            {
                SnapshotsSuperseded += _arrivedSnapshots.Count - i - 1;
                break;
            }
        }

        _arrivedSnapshots.Clear();
    }

    /// <summary>Every line of the batch but this client's own, in order.</summary>
    private void OnChat(ChatBatch batch)
    {
        foreach (var line in batch.Messages)
        {
            if (line.FromClientId != ClientId)
            {
                Chat.Record(line.FromClientId, line.Text);
                ChatReceived?.Invoke(this, line);
            }
        }
    }

    private void OnWelcome(Welcome welcome)
    {
        if (welcome.ProtocolVersion != ProtocolVersion)
        {
            Failure = $"server speaks session protocol version {welcome.ProtocolVersion}, this client {ProtocolVersion}";
            Peer.Disconnect(Failure);
            return;
        }

        ClientId = welcome.ClientId;
        TickRateHz = welcome.TickRateHz;
        var tickRate = (int)Math.Clamp(welcome.TickRateHz == 0 ? 30 : welcome.TickRateHz, 1, 1000);
        Interpolation = new SnapshotInterpolationBuffer<AvatarFrame>(AvatarFrame.Interpolate, new SnapshotInterpolationSettings { TickRate = tickRate });
        State = SessionState.Welcomed;
        if (_options.AutoJoin)
        {
            JoinRoom(_options.RoomId);
        }
    }

    private void OnRoomJoined(RoomJoined joined)
    {
        State = SessionState.Joined;
        RoomId = joined.RoomId;
        AvatarEntityId = joined.AvatarEntityId;
        RoomBounds = (new(joined.BoundsMinX, joined.BoundsMinY, joined.BoundsMinZ), new(joined.BoundsMaxX, joined.BoundsMaxY, joined.BoundsMaxZ));
        _joinedTick = joined.Tick;
        _arrivedSnapshots.Clear();
        _joinedAt = Stopwatch.GetTimestamp();
        Snapshots.Clear();
        Interpolation?.Clear();
        Twins.Clear();
        LatestSnapshot = null;
    }

    private void OnRoomLeft(RoomLeft left)
    {
        LastRoomLeft = left;
        if (State == SessionState.Joined && (left.RoomId.Length == 0 || string.Equals(left.RoomId, RoomId, StringComparison.OrdinalIgnoreCase)))
        {
            State = SessionState.Welcomed;
            RoomId = null;
            Roster.Clear();
        }
    }

    /// <summary>Decodes, stores and acknowledges a snapshot of the room; false when it is not for this room or did not decode.</summary>
    private bool TryApplySnapshot(Snapshot snapshot)
    {
        if (State != SessionState.Joined || snapshot.Tick < _joinedTick)
        {
            return false;
        }

        if (Snapshots.Contains(snapshot.Tick))
        {
            SnapshotsDuplicate++;
            return false;
        }

        AvatarSnapshot? baseline = null;
        if (snapshot.BaselineTick != 0 && !Snapshots.TryGet(snapshot.BaselineTick, out baseline))
        {
            SnapshotsMissingBaseline++;
            return false;
        }

        if (!_codec.TryDecode(snapshot.Avatars.Span, snapshot.Tick, baseline, Snapshots, out var decoded))
        {
            SnapshotsUndecodable++;
            return false;
        }

        SnapshotsDecoded++;
        LastIntentSequenceApplied = Math.Max(LastIntentSequenceApplied, snapshot.LastIntentSequence);
        Snapshots.Add(decoded);
        var twinsApplied = snapshot.TwinValues.Length > 0 && Twins.Apply(snapshot.Tick, snapshot.TwinCatalogVersion, snapshot.TwinValues.Span);
        var ack = new SnapshotAck { Tick = snapshot.Tick, TwinCatalogVersion = twinsApplied || snapshot.TwinValues.Length == 0 ? Twins.Version : 0 };
        Send(ack, DeliveryMethod.Sequenced, SnapshotChannel);
        if (LatestSnapshot is null || decoded.Tick > LatestSnapshot.Tick)
        {
            LatestSnapshot = decoded;
        }

        foreach (var entity in decoded.Entities)
        {
            _avatarsSeen.Add(entity.EntityId);
        }

        Interpolation?.Add(decoded.Tick, new AvatarFrame(decoded, _codec.Avatars.Quantizer), LocalTime);
        return true;
    }

    private SendResult Send(ISessionMessage message, DeliveryMethod method, byte channel)
    {
        _sendBuffer.ResetWrittenCount();
        SessionCodec.Serialize(_sendBuffer, message);
        return Peer.Send(_sendBuffer.WrittenSpan, method, channel);
    }

    private static TrackedPose Tracked(System.Numerics.Vector3 position, System.Numerics.Quaternion rotation) => new()
    {
        Position = new Vec3 { X = position.X, Y = position.Y, Z = position.Z },
        Rotation = new Quat { X = rotation.X, Y = rotation.Y, Z = rotation.Z, W = rotation.W },
        Tracked = true,
    };

    private static IPEndPoint DefaultBind(IPEndPoint server)
    {
        var v6 = server.AddressFamily == AddressFamily.InterNetworkV6;
        var address = IPAddress.IsLoopback(server.Address)
            ? (v6 ? IPAddress.IPv6Loopback : IPAddress.Loopback)
            : (v6 ? IPAddress.IPv6Any : IPAddress.Any);
        return new IPEndPoint(address, 0);
    }
}
