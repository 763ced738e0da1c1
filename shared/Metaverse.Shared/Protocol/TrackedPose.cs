using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>One tracked part of the body.</summary>
[MessagePackObject]
public sealed class TrackedPose
{
    /// <summary>Position in metres, room frame; nil when not sent.</summary>
    [Key(0)]
    public Vec3? Position { get; set; }

    /// <summary>Orientation, room frame; nil when not sent.</summary>
    [Key(1)]
    public Quat? Rotation { get; set; }

    /// <summary>False when the device lost tracking; position and rotation then hold the last known pose.</summary>
    [Key(2)]
    public bool Tracked { get; set; }
}
