namespace Metaverse.Shared.Net;

/// <summary>
/// Why an incoming datagram was discarded before LiteNetLib parsed it (by the sealing layer). Every discard is
/// counted, none throws, none is answered.
/// </summary>
public enum DropReason
{
    /// <summary>Too short for its prefix, or a prefix that is neither a seal's nor the connect request's.</summary>
    Malformed,

    /// <summary>A sealed datagram whose tag did not hold: altered, truncated, or sealed with another key.</summary>
    BadSeal,

    /// <summary>A nonce counter already opened, or older than the replay window.</summary>
    Replayed,

    /// <summary>A sealed datagram from an address with no session.</summary>
    UnknownSender,

    /// <summary>An unsealed datagram that is not a connect request, reaches a client, or comes from a confirmed session.</summary>
    Unsealed,
}
