using Metaverse.Server.Rooms;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>Handling of each client message.</summary>
internal sealed partial class SessionHost
{
    public const int MaxChatLength = SessionProtocol.MaxChatLength;

    private void Dispatch(ClientSession session, ISessionMessage message)
    {
        switch (message)
        {
            case Hello hello:
                OnHello(session, hello);
                break;
            case JoinRoom join when session.Welcomed:
                OnJoin(session, join.RoomId);
                break;
            case LeaveRoom when session.Room is not null:
                Leave(session, RoomLeftReason.Requested, "left at the client's request");
                break;
            case AvatarPoseIntent intent when session.Room is not null:
                OnPose(session, intent);
                break;
            case SnapshotAck ack:
                session.Acks.Add(ack.Tick);
                session.Twins?.Acknowledge(ack.Tick, ack.TwinCatalogVersion);
                break;
            case ChatMessage chat when session.Room is not null:
                OnChat(session, chat);
                break;
            case Command command when session.Welcomed:
                OnCommand(session, command);
                break;
            case RefreshSession refresh:
                OnRefresh(session, refresh);
                break;
            default:
                Invalid(session);
                break;
        }
    }

    private void OnHello(ClientSession session, Hello hello)
    {
        if (hello.ProtocolVersion != ProtocolVersion)
        {
            session.Peer.Disconnect($"session protocol version {hello.ProtocolVersion} is not supported; this server speaks version {ProtocolVersion}");
            return;
        }

        session.Welcomed = true;
        session.Peer.SendControl(SessionCodec.Serialize(new Welcome
        {
            ProtocolVersion = ProtocolVersion,
            ClientId = session.ClientId,
            RoomId = rooms.Default.Name,
            TickRateHz = (uint)options.TickHz,
            ServerTimeUnixUs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000,
            ServerTick = (uint)rooms.Default.Tick,
        }));
    }

    /// <summary>
    /// Moves the session's expiry to that of a fresh token of the same user (name and role); the token is used up.
    /// Refused (the session keeps its expiry) for a token that does not open, has expired, was used, or is another user's.
    /// </summary>
    private void OnRefresh(ClientSession session, RefreshSession refresh)
    {
        var opened = tokens.Open(refresh.Token.Span);
        var refusal = opened.Refusal;
        if (refusal is null && (opened.Session!.Name != session.Identity.Name || opened.Session.Role != session.Identity.Role))
        {
            refusal = "the token belongs to another user or role";
        }

        if (refusal is null && !tokens.TryUse(opened.Session!))
        {
            refusal = "this connect token was already used: log in again for a new one";
        }

        if (refusal is null)
        {
            session.ExpiresUtc = opened.Session!.ExpiresUtc;
        }

        session.Peer.SendControl(SessionCodec.Serialize(new SessionRefreshed
        {
            Ok = refusal is null,
            ExpiresUnixMs = session.ExpiresUtc.ToUnixTimeMilliseconds(),
            Message = refusal ?? "",
        }));
    }

    private void OnJoin(ClientSession session, string roomName)
    {
        var room = rooms.All.FirstOrDefault(r => string.Equals(r.Name, roomName, StringComparison.OrdinalIgnoreCase));
        if (room is null)
        {
            session.Peer.SendControl(SessionCodec.Serialize(new RoomLeft { RoomId = roomName, Reason = RoomLeftReason.RoomClosed, Message = $"no room named '{roomName}'" }));
            return;
        }

        if (session.Room is not null)
        {
            Leave(session, RoomLeftReason.Requested, $"joined '{room.Name}'");
        }

        room.Join(session.Peer.Id);
        session.Room = room;
        session.Pose = null;
        session.Intents = new PoseResampler(PositionQuantizer.Default);
        session.Acks.Clear();
        session.Twins = null;
        var bounds = PositionQuantizer.Default;
        session.Peer.SendControl(SessionCodec.Serialize(new RoomJoined
        {
            RoomId = room.Name,
            AvatarEntityId = session.ClientId,
            Tick = (uint)room.Tick,
            BoundsMinX = bounds.Min.X,
            BoundsMinY = bounds.Min.Y,
            BoundsMinZ = bounds.Min.Z,
            BoundsMaxX = bounds.Max.X,
            BoundsMaxY = bounds.Max.Y,
            BoundsMaxZ = bounds.Max.Z,
        }));
        SendRoster(session, room);
        LogJoined(session.Peer.Id, session.Identity.Name, room.Name);
    }

    private void Leave(ClientSession session, RoomLeftReason reason, string message)
    {
        var room = session.Room!;
        room.Leave(session.Peer.Id);
        RosterLeft(session, room);
        session.Room = null;
        session.Peer.SendControl(SessionCodec.Serialize(new RoomLeft { RoomId = room.Name, Reason = reason, Message = message }));
    }

    private void OnPose(ClientSession session, AvatarPoseIntent intent)
    {
        var pose = PoseValidation.ToQuantizedPose(intent, AvatarDeltaCodec.Default);
        if (pose is null || (session.Intents.HasPose && intent.Sequence <= session.LastIntentSequence))
        {
            Invalid(session);
            return;
        }

        session.Intents.Add(pose.Value, intent.ClientTimeUs, MonotonicClock.NowMicroseconds);
        session.LastIntentSequence = intent.Sequence;
    }

    private void OnChat(ClientSession session, ChatMessage chat)
    {
        if (chat.Text.Length is 0 or > MaxChatLength)
        {
            Invalid(session);
            return;
        }

        ChatBatch(session.Room!).Messages.Add(new ChatMessage
        {
            FromClientId = session.ClientId,
            FromName = session.Identity.Name,
            Text = chat.Text,
            UtcUnixMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        });
    }

    private IEnumerable<ClientSession> Members(Room room) =>
        room.Members.Select(id => _sessions.GetValueOrDefault(id)).OfType<ClientSession>();
}
