using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>Server → client: the client is no longer in the room; no more snapshots for it.</summary>
[MessagePackObject]
public sealed class RoomLeft : ISessionMessage
{
    /// <summary>Room left.</summary>
    [Key(0)]
    public string RoomId { get; set; } = "";

    [Key(1)]
    public RoomLeftReason Reason { get; set; }

    /// <summary>Human-readable detail for the user, may be empty.</summary>
    [Key(2)]
    public string Message { get; set; } = "";
}
