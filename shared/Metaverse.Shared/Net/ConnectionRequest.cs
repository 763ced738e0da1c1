using System.Net;

namespace Metaverse.Shared.Net;

/// <summary>A connect request that passed the protocol checks (magic, version, application key), awaiting the application's decision.</summary>
public sealed class ConnectionRequest
{
    internal ConnectionRequest(IPEndPoint remote, byte[] data)
    {
        RemoteEndPoint = remote;
        Data = data;
    }

    public IPEndPoint RemoteEndPoint { get; }

    /// <summary>Application data of the request (for example a login token), at most 160 bytes.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    internal bool Accepted { get; private set; }

    internal object? Tag { get; private set; }

    internal string RejectReason { get; private set; } = "connection not accepted";

    /// <summary>Accepts the connection; <paramref name="tag"/> becomes the new peer's <see cref="NetPeer.Tag"/> before OnPeerConnected.</summary>
    public void Accept(object? tag = null)
    {
        Accepted = true;
        Tag = tag;
    }

    /// <summary>Refuses the connection; the reason (cut to 200 UTF-8 bytes) reaches the client.</summary>
    public void Reject(string reason)
    {
        Accepted = false;
        RejectReason = reason;
    }
}
