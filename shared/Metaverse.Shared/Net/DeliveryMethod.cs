namespace Metaverse.Shared.Net;

/// <summary>
/// How a message travels: LiteNetLib's delivery methods, with its numbering (a cast converts). The guarantees
/// are written in docs/PROTOCOL.md; LiteNetLib carries channels only for the four channelled methods, an
/// <see cref="Unreliable"/> message arrives on channel 0 whatever it was sent on.
/// </summary>
public enum DeliveryMethod : byte
{
    /// <summary>Delivered exactly once, in any order.</summary>
    ReliableUnordered = 0,

    /// <summary>May be lost; never delivered twice; never an older message after a newer one (per channel).</summary>
    Sequenced = 1,

    /// <summary>Delivered exactly once, in the order sent (per channel).</summary>
    ReliableOrdered = 2,

    /// <summary>Only the latest matters: never an older after a newer; the last message sent is delivered (per channel).</summary>
    ReliableSequenced = 3,

    /// <summary>May be lost or arrive in any order; never twice (the seal's replay window drops a duplicated datagram).</summary>
    Unreliable = 4,
}
