using System.Collections.Concurrent;
using Metaverse.Server.Auth;
using Metaverse.Server.Hosting;
using Metaverse.Server.Rooms;
using Metaverse.Server.Storage;
using Metaverse.Server.Twins;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;
using Microsoft.Extensions.Logging;

namespace Metaverse.Server.Sessions;

/// <summary>
/// The server's side of the session protocol (docs/SESSION_PROTOCOL.md): connection admission by
/// token, one <see cref="ClientSession"/> per client, message dispatch, and per-tick snapshots.
/// Runs on the simulation thread; work finished elsewhere (storage commits) comes back through
/// <see cref="RunCompletions"/>.
/// </summary>
internal sealed partial class SessionHost(RoomRegistry rooms, TwinKinds kinds, TokenService tokens, StorageWriter storage, ServerOptions options, ILogger logger) : INetEventListener
{
    public const uint ProtocolVersion = SessionProtocol.Version;
    private readonly Dictionary<int, ClientSession> _sessions = [];
    private readonly ConcurrentQueue<Action> _completions = new();
    private readonly SnapshotBroadcaster _snapshots = new(SnapshotSettings.From(options));
    private SessionAvatarPoses? _avatarPoses;

    public SnapshotBroadcaster Snapshots => _snapshots;

    /// <summary>Every connected client's latest pose by avatar entity id, for the rooms' twins that follow avatars.</summary>
    public IAvatarPoses AvatarPoses => _avatarPoses ??= new SessionAvatarPoses(_sessions);

    /// <summary>Sessions that broke the protocol in some message (counted per session too).</summary>
    public long InvalidMessages { get; private set; }

    /// <summary>
    /// Opens the connect token: a token that does not open gets no answer; one that opens but is expired, already used,
    /// or over the transport's admission limits is refused with the reason, sealed with its keys (docs/PROTOCOL.md).
    /// </summary>
    public void OnConnectionRequest(ConnectionRequest request)
    {
        var opened = tokens.Open(request.Data.Span);
        var refusal = opened.Refusal ?? request.LimitRefusal;
        if (refusal is null && !tokens.TryUse(opened.Session!))
        {
            refusal = "this connect token was already used: log in again for a new one";
        }

        if (refusal is not null)
        {
            LogRefused(request.RemoteEndPoint, refusal);
            request.Reject(refusal, opened.Keys);
            return;
        }

        request.Accept(opened.Keys!, opened.Session);
    }

    /// <summary>Closes, with the reason, every session whose token expired without a refresh. Call on the simulation thread.</summary>
    public void CloseExpiredSessions()
    {
        var nowUtc = tokens.UtcNow;
        foreach (var session in _sessions.Values.Where(s => s.ExpiresUtc <= nowUtc).ToList())
        {
            session.Peer.Disconnect($"session expired at {session.ExpiresUtc:u}: log in again");
        }
    }

    public void OnPeerConnected(NetPeer peer)
    {
        var session = new ClientSession(peer, (SessionToken)peer.Tag!);
        _sessions[peer.Id] = session;
        LogConnected(peer.Id, peer.RemoteEndPoint, session.Identity.Name, session.Identity.Role);
    }

    public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info)
    {
        if (_sessions.Remove(peer.Id, out var session) && session.Room is { } room)
        {
            room.Leave(peer.Id);
            RosterLeft(session, room);
        }

        LogDisconnected(peer.Id, peer.RemoteEndPoint, info.Reason, info.Message);
    }

    public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
    {
        if (!_sessions.TryGetValue(peer.Id, out var session))
        {
            return;
        }

        if (SessionCodec.Deserialize(message) is { } received)
        {
            Dispatch(session, received);
        }
        else
        {
            Invalid(session);
        }
    }

    /// <summary>Runs continuations queued by other threads (storage commits). Call on the simulation thread, every loop.</summary>
    public void RunCompletions()
    {
        while (_completions.TryDequeue(out var completion))
        {
            completion();
        }
    }

    /// <summary>Before the rooms step: every client's pose for the tick that stands for server time <paramref name="tickUs"/> (<see cref="MonotonicClock"/>).</summary>
    public void BeginTick(long tickUs)
    {
        foreach (var session in _sessions.Values)
        {
            if (session.Room is not null && session.Intents.HasPose)
            {
                session.Pose = session.Intents.PoseAt(tickUs);
            }
        }
    }

    /// <summary>
    /// After every room stepped: sends the tick's roster changes, chat and snapshots. <paramref name="readNetwork"/> is called between chunks of a
    /// big room's clients (see <see cref="SnapshotBroadcaster.Broadcast"/>); what it delivers (joins, leaves, new rooms)
    /// takes effect from the next tick.
    /// </summary>
    public void Tick(Action? readNetwork = null)
    {
        FlushRosterChanges();
        FlushChat();
        foreach (var room in rooms.All.ToArray())
        {
            _snapshots.Broadcast(room, _sessions, readNetwork);
        }
    }

    private void Invalid(ClientSession session)
    {
        session.InvalidMessages++;
        InvalidMessages++;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "peer {PeerId} connected from {Remote} as '{Name}' ({Role})")]
    private partial void LogConnected(int peerId, System.Net.IPEndPoint remote, string name, string role);

    [LoggerMessage(Level = LogLevel.Information, Message = "peer {PeerId} ({Remote}) disconnected: {Reason} {Detail}")]
    private partial void LogDisconnected(int peerId, System.Net.IPEndPoint remote, DisconnectReason reason, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "connect request from {Remote} refused: {Reason}")]
    private partial void LogRefused(System.Net.IPEndPoint remote, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "peer {PeerId} '{Name}' joined room '{Room}'")]
    private partial void LogJoined(int peerId, string name, string room);
}
