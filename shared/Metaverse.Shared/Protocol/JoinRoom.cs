using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>Client → server: enter a room (leaving the current one first, if any). A client is in at most one room at a time.</summary>
[MessagePackObject]
public sealed class JoinRoom : ISessionMessage
{
    /// <summary>Room to join, 1–64 characters [A-Za-z0-9_-].</summary>
    [Key(0)]
    public string RoomId { get; set; } = "";
}
