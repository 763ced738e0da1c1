using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>One member of a room, in <see cref="RoomMembers"/>.</summary>
[MessagePackObject]
public sealed class RoomMember
{
    /// <summary>Same id as the avatar in snapshots (<see cref="RoomJoined.AvatarEntityId"/> of that member).</summary>
    [Key(0)]
    public uint AvatarEntityId { get; set; }

    /// <summary>Display name from login.</summary>
    [Key(1)]
    public string Name { get; set; } = "";

    /// <summary>Role from login (operator, clinician, student, ...).</summary>
    [Key(2)]
    public string Role { get; set; } = "";
}
