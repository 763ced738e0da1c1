using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Server → client: the client is now in the room; snapshots for it follow. The bounds (metres, in the
/// room's frame, x, z horizontal, y up) are used to quantize positions: the avatar codec clamps positions to them.
/// </summary>
[MessagePackObject]
public sealed class RoomJoined : ISessionMessage
{
    /// <summary>Room joined.</summary>
    [Key(0)]
    public string RoomId { get; set; } = "";

    /// <summary>Entity id of the client's own avatar in this room's snapshots (never 0).</summary>
    [Key(1)]
    public uint AvatarEntityId { get; set; }

    /// <summary>Server tick at which the client entered the room. The first snapshot has a tick ≥ this one and no baseline.</summary>
    [Key(2)]
    public uint Tick { get; set; }

    [Key(3)]
    public float BoundsMinX { get; set; }

    [Key(4)]
    public float BoundsMinY { get; set; }

    [Key(5)]
    public float BoundsMinZ { get; set; }

    [Key(6)]
    public float BoundsMaxX { get; set; }

    [Key(7)]
    public float BoundsMaxY { get; set; }

    [Key(8)]
    public float BoundsMaxZ { get; set; }
}
