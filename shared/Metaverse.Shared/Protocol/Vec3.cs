using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>A position in metres in the room frame (x, z horizontal, y up, right-handed as System.Numerics).</summary>
[MessagePackObject]
public sealed class Vec3
{
    /// <summary>Metres.</summary>
    [Key(0)]
    public float X { get; set; }

    /// <summary>Metres, up.</summary>
    [Key(1)]
    public float Y { get; set; }

    /// <summary>Metres.</summary>
    [Key(2)]
    public float Z { get; set; }
}
