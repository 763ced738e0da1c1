using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Server → client, reliable: who is in the room, so clients can put a name tag on each avatar.
/// The joiner first gets the full list (<see cref="Full"/> true, replacing what it held); afterwards every
/// member gets the joins and leaves of each tick batched in one message (<see cref="Full"/> false).
/// </summary>
[MessagePackObject]
public sealed class RoomMembers : ISessionMessage
{
    [Key(0)]
    public string RoomId { get; set; } = "";

    [Key(1)]
    public bool Full { get; set; }

    [Key(2)]
    public List<RoomMember> Joined { get; set; } = [];

    /// <summary>Avatar entity ids of members who left.</summary>
    [Key(3)]
    public List<uint> Left { get; set; } = [];
}
