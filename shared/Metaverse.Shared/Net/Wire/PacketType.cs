namespace Metaverse.Shared.Net.Wire;

/// <summary>The first byte of every datagram.</summary>
internal enum PacketType : byte
{
    ConnectRequest = 1,
    ConnectAccept = 2,
    ConnectReject = 3,

    /// <summary>Carries messages (or none: a keep-alive ping); ack-eliciting.</summary>
    Data = 4,

    /// <summary>Only acknowledgements; never acknowledged itself.</summary>
    Ack = 5,
    Disconnect = 6,
}
