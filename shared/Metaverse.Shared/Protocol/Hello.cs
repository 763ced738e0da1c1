using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Client → server, exactly once, the first application message after the transport connects. The
/// transport's own connect packet (docs/PROTOCOL.md) only opens the connection; Hello and
/// <see cref="Welcome"/> identify the user and agree on the application protocol version.
/// </summary>
[MessagePackObject]
public sealed class Hello : ISessionMessage
{
    /// <summary>
    /// Application protocol version the client speaks (<see cref="SessionProtocol.Version"/>). The server
    /// disconnects a client whose version it does not support, naming the supported versions in the disconnect reason.
    /// </summary>
    [Key(0)]
    public uint ProtocolVersion { get; set; }

    /// <summary>Display name shown to other users, UTF-8, 1–64 characters after trimming.</summary>
    [Key(1)]
    public string ClientName { get; set; } = "";
}
