namespace Metaverse.Shared.Net;

/// <summary>
/// Receives a host's events. Every call happens inside <see cref="NetHost.Poll"/> (or a call that
/// disconnects), on the polling thread.
/// </summary>
public interface INetEventListener
{
    /// <summary>A valid connect request; call <see cref="ConnectionRequest.Accept"/> or <see cref="ConnectionRequest.Reject"/> before returning (neither rejects).</summary>
    void OnConnectionRequest(ConnectionRequest request);

    void OnPeerConnected(NetPeer peer);

    void OnPeerDisconnected(NetPeer peer, DisconnectInfo info);

    /// <summary>A complete message. <paramref name="message"/> is valid only during the call: copy what you keep.</summary>
    void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel);

    /// <summary>
    /// Once per <see cref="NetHost.Poll"/>, after every waiting datagram was delivered and before anything is sent:
    /// work deferred until all of a poll's messages are in (for example decoding only the newest of several
    /// snapshots) goes here, and what it sends leaves in the same datagrams as the rest.
    /// </summary>
    void OnPollDelivered()
    {
    }
}
