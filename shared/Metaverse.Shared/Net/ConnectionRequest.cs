using System.Net;
using Metaverse.Shared.Net.Security;

namespace Metaverse.Shared.Net;

/// <summary>
/// A connect request awaiting the application's decision inside <see cref="INetEventListener.OnConnectionRequest"/>.
/// The application opens the connect token in <see cref="Data"/> and either accepts with the session keys it holds,
/// refuses with a reason (sealed with those keys, so only the token's owner reads it), or says nothing (a token it
/// cannot open gets no answer at all). Undecided requests are ignored.
/// </summary>
public sealed class ConnectionRequest
{
    internal ConnectionRequest(IPEndPoint remote, byte[] data, string? limitRefusal)
    {
        RemoteEndPoint = remote;
        Data = data;
        LimitRefusal = limitRefusal;
    }

    public IPEndPoint RemoteEndPoint { get; }

    /// <summary>Application data of the request: the connect token.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>
    /// Set when accepting would break the host's admission limits (server full, too many sessions from the address):
    /// the application should refuse with it (sealed, once it knows the keys) instead of accepting; an accept is turned
    /// into that refusal anyway.
    /// </summary>
    public string? LimitRefusal { get; }

    internal SessionKeys? Keys { get; private set; }

    internal bool Accepted { get; private set; }

    internal object? Tag { get; private set; }

    internal string? RejectReason { get; private set; }

    /// <summary>Accepts the connection, sealed with <paramref name="keys"/>; <paramref name="tag"/> becomes the peer's <see cref="NetPeer.Tag"/>.</summary>
    public void Accept(SessionKeys keys, object? tag = null)
    {
        Keys = keys;
        Accepted = true;
        Tag = tag;
    }

    /// <summary>Refuses the connection; the reason (cut to 200 UTF-8 bytes) reaches the client sealed with <paramref name="keys"/>, or nowhere when they are unknown.</summary>
    public void Reject(string reason, SessionKeys? keys)
    {
        Keys = keys;
        Accepted = false;
        RejectReason = reason;
    }
}
