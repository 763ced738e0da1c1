namespace Metaverse.Shared.Net;

/// <summary>Why an incoming datagram was discarded. Every discard is counted, none throws.</summary>
public enum DropReason
{
    /// <summary>Too short to hold the header its type needs.</summary>
    Truncated,

    /// <summary>Larger than the 1,200-byte maximum.</summary>
    Oversized,

    /// <summary>First byte is not a packet type of this protocol.</summary>
    UnknownType,

    /// <summary>Connection traffic from an address with no connection.</summary>
    UnknownSender,

    /// <summary>Connection traffic whose connection id does not match the sender's connection.</summary>
    WrongConnectionId,

    /// <summary>A connect request that is not ours (size, magic) or arrives at a host that does not accept connections.</summary>
    BadConnectRequest,

    /// <summary>A data packet whose message headers are inconsistent, or a connect accept with invalid limits.</summary>
    Malformed,

    /// <summary>A packet sequence already received.</summary>
    Duplicate,

    /// <summary>A packet sequence older than the duplicate-detection window.</summary>
    Stale,

    /// <summary>The socket reported an error while receiving this datagram (send failures are <see cref="NetHost.SendFailures"/>).</summary>
    SocketError,
}
