namespace Metaverse.Shared.Net;

/// <summary>
/// How a message travels, with LiteNetLib's semantics. Each (method, channel) pair is an
/// independent stream: a stalled reliable stream on one channel never blocks another.
/// The full guarantees are written in docs/PROTOCOL.md.
/// </summary>
public enum DeliveryMethod : byte
{
    /// <summary>May be lost or arrive in any order; never delivered twice.</summary>
    Unreliable = 0,

    /// <summary>May be lost; never delivered twice; never an older message after a newer one (per channel).</summary>
    Sequenced = 1,

    /// <summary>Delivered exactly once, in any order.</summary>
    ReliableUnordered = 2,

    /// <summary>Delivered exactly once, in the order sent (per channel).</summary>
    ReliableOrdered = 3,

    /// <summary>
    /// Only the latest matters: a message superseded by a newer one on the same channel may be dropped;
    /// never an older after a newer; the last message sent is delivered exactly once.
    /// </summary>
    ReliableSequenced = 4,
}
