using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>Client → server: leave the current room; the connection stays open.</summary>
[MessagePackObject]
public sealed class LeaveRoom : ISessionMessage
{
    /// <summary>Room the client believes it is in; the server ignores the request when it does not match.</summary>
    [Key(0)]
    public string RoomId { get; set; } = "";
}
