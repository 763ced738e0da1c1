using System.Net;
using Metaverse.Server.Auth;
using Metaverse.Server.Rooms;
using Metaverse.Shared.Net;
using Microsoft.Extensions.Logging;

namespace Metaverse.Server.Hosting;

/// <summary>
/// The transport's listener on the server: accepts clients, puts them in the default room and logs one
/// line per connection event. Called on the simulation thread only.
/// </summary>
internal sealed partial class ConnectionEvents(RoomRegistry rooms, TokenService tokens, ILogger logger) : INetEventListener
{
    /// <summary>Accepts a client whose connect data is a valid token from <c>POST /api/login</c>; otherwise rejects with the reason.</summary>
    public void OnConnectionRequest(ConnectionRequest request)
    {
        var (session, refusal) = tokens.Check(request.Data.Span);
        if (session is null)
        {
            LogRefused(request.RemoteEndPoint, refusal!);
            request.Reject(refusal!);
            return;
        }

        request.Accept(session);
    }

    public void OnPeerConnected(NetPeer peer)
    {
        rooms.Default.Join(peer.Id);
        LogConnected(peer.Id, peer.RemoteEndPoint, (peer.Tag as SessionToken)?.Name ?? "?", rooms.Default.Name);
    }

    public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info)
    {
        rooms.LeaveAll(peer.Id);
        LogDisconnected(peer.Id, peer.RemoteEndPoint, info.Reason, info.Message);
    }

    public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
    {
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "peer {PeerId} connected from {Remote} as '{Name}', joined room '{Room}'")]
    private partial void LogConnected(int peerId, IPEndPoint remote, string name, string room);

    [LoggerMessage(Level = LogLevel.Information, Message = "connect request from {Remote} refused: {Reason}")]
    private partial void LogRefused(IPEndPoint remote, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "peer {PeerId} ({Remote}) disconnected: {Reason} {Detail}")]
    private partial void LogDisconnected(int peerId, IPEndPoint remote, DisconnectReason reason, string detail);
}
