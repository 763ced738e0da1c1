using Metaverse.Shared.Net;

namespace Metaverse.Server.Demo;

/// <summary>The demo's server side: relays each client's poses and chat to every other client.</summary>
internal sealed class DemoRoom : INetEventListener
{
    private readonly List<NetPeer> _members = [];

    public void OnConnectionRequest(ConnectionRequest request) => request.Accept();

    public void OnPeerConnected(NetPeer peer) => _members.Add(peer);

    public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info) => _members.Remove(peer);

    /// <summary>Relays the message unchanged; the sender's number is already inside it.</summary>
    public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
    {
        foreach (var member in _members)
        {
            if (member != peer)
            {
                member.Send(message, method, channel);
            }
        }
    }
}
