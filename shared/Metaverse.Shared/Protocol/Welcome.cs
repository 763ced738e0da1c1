using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>Server → client, once, in reply to an accepted <see cref="Hello"/>.</summary>
[MessagePackObject]
public sealed class Welcome : ISessionMessage
{
    /// <summary>Application protocol version the server will speak on this connection.</summary>
    [Key(0)]
    public uint ProtocolVersion { get; set; }

    /// <summary>
    /// Identifier of this client for the lifetime of the connection (never 0). Also the entity id of
    /// the client's avatar in snapshots.
    /// </summary>
    [Key(1)]
    public uint ClientId { get; set; }

    /// <summary>Room the client was placed in, or empty when it must send <see cref="JoinRoom"/> first.</summary>
    [Key(2)]
    public string RoomId { get; set; } = "";

    /// <summary>Server simulation rate in ticks per second (hertz), 10–60; default 30.</summary>
    [Key(3)]
    public uint TickRateHz { get; set; }

    /// <summary>
    /// Server wall-clock time when the message was sent, microseconds since the Unix epoch (UTC).
    /// Used only to display times; ordering uses ticks.
    /// </summary>
    [Key(4)]
    public long ServerTimeUnixUs { get; set; }

    /// <summary>Server tick at which the message was sent (ticks since the server started).</summary>
    [Key(5)]
    public uint ServerTick { get; set; }
}
