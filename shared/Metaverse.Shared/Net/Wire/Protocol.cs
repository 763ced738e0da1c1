namespace Metaverse.Shared.Net.Wire;

/// <summary>Fixed numbers of the wire protocol (docs/PROTOCOL.md). Both ends must agree on all of them.</summary>
internal static class Protocol
{
    /// <summary>"MVN1" little-endian: marks a connect request as ours.</summary>
    public const uint Magic = 0x314E564D;

    /// <summary>Version of this packet layout; a connect request with another version is rejected.</summary>
    public const ushort Version = 1;

    /// <summary>Largest datagram we send or accept, in bytes (fits the IPv6 minimum MTU with headers).</summary>
    public const int MaxDatagramBytes = 1200;

    /// <summary>type(1) connection id(4) sequence(4) ack(4) ack bits(4).</summary>
    public const int DataHeaderBytes = 17;

    /// <summary>kind(1) id(2) fragment index(3) fragment count(3) length(3): the most a message header takes.</summary>
    public const int MaxMessageHeaderBytes = 12;

    /// <summary>Largest payload of one unfragmented message.</summary>
    public const int MaxUnfragmentedPayload = MaxDatagramBytes - DataHeaderBytes - MaxMessageHeaderBytes;

    /// <summary>Payload of every fragment but the last. Fixed so the receiver can place fragments without a table.</summary>
    public const int FragmentPayloadBytes = MaxUnfragmentedPayload;

    /// <summary>Connect requests are padded to this size so no reply is ever larger than the request.</summary>
    public const int ConnectRequestBytes = 300;

    /// <summary>Most bytes of application data a connect request carries (for example a login token).</summary>
    public const int MaxConnectDataBytes = 160;

    /// <summary>Most UTF-8 bytes of an application key.</summary>
    public const int MaxAppKeyBytes = 64;

    /// <summary>Most UTF-8 bytes of a reject or disconnect reason text.</summary>
    public const int MaxReasonBytes = 200;

    /// <summary>Most fragments of one message: a whole group must fit the reliable window.</summary>
    public const int MaxFragments = 512;

    /// <summary>Largest message the protocol can carry (fragmented, reliable ordered or unordered).</summary>
    public const int MaxMessageBytes = MaxFragments * FragmentPayloadBytes;

    /// <summary>Channels per delivery method.</summary>
    public const int MaxChannels = 16;

    /// <summary>Reliable message ids in flight per channel; far below half the 16-bit id space.</summary>
    public const int ReliableWindow = 1024;

    /// <summary>Received packet sequences remembered for duplicate detection; older packets are dropped as stale.</summary>
    public const int ReceivedPacketWindow = 1024;

    /// <summary>Packets remembered on the send side until acked or declared lost.</summary>
    public const int SentPacketLogSize = 4096;

    /// <summary>Packets acknowledged by one header: the ack plus 32 bits.</summary>
    public const int AckBits = 32;

    /// <summary>Send an ack at once after this many ack-eliciting packets, so the 32-bit field never overflows.</summary>
    public const int ImmediateAckThreshold = 16;

    /// <summary>Bytes a message of this size reserves in the receiver's buffer until delivered.</summary>
    public static int ReservedBytes(int length, int fragmentCount) =>
        fragmentCount > 1 ? fragmentCount * FragmentPayloadBytes : length;
}
