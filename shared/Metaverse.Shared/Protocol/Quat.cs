using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// A rotation as a unit quaternion (x, y, z vector part, w scalar part), dimensionless. The server
/// normalizes it and rejects NaN or a zero quaternion.
/// </summary>
[MessagePackObject]
public sealed class Quat
{
    /// <summary>Vector part, x.</summary>
    [Key(0)]
    public float X { get; set; }

    /// <summary>Vector part, y.</summary>
    [Key(1)]
    public float Y { get; set; }

    /// <summary>Vector part, z.</summary>
    [Key(2)]
    public float Z { get; set; }

    /// <summary>Scalar part.</summary>
    [Key(3)]
    public float W { get; set; }
}
