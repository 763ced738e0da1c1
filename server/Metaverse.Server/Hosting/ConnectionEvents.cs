using System.Net;
using Metaverse.Server.Rooms;
using Metaverse.Shared.Net;
using Microsoft.Extensions.Logging;

namespace Metaverse.Server.Hosting;

/// <summary>
/// The transport's listener on the server: accepts clients, puts them in the default room and logs one
/// line per connection event. Called on the simulation thread only.
/// </summary>
internal sealed partial class ConnectionEvents(RoomRegistry rooms, ILogger logger) : INetEventListener
{
    public void OnConnectionRequest(ConnectionRequest request) => request.Accept();

    public void OnPeerConnected(NetPeer peer)
    {
        rooms.Default.Join(peer.Id);
        LogConnected(peer.Id, peer.RemoteEndPoint, rooms.Default.Name);
    }

    public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info)
    {
        rooms.LeaveAll(peer.Id);
        LogDisconnected(peer.Id, peer.RemoteEndPoint, info.Reason, info.Message);
    }

    public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
    {
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "peer {PeerId} connected from {Remote}, joined room '{Room}'")]
    private partial void LogConnected(int peerId, IPEndPoint remote, string room);

    [LoggerMessage(Level = LogLevel.Information, Message = "peer {PeerId} ({Remote}) disconnected: {Reason} {Detail}")]
    private partial void LogDisconnected(int peerId, IPEndPoint remote, DisconnectReason reason, string detail);
}
