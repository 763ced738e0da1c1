using System.Numerics;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>A pose in a reference space (metres; right-handed, +y up, −z forward as in OpenXR).</summary>
internal readonly record struct XrPose(Vector3 Position, Quaternion Orientation)
{
    public static XrPose Identity => new(Vector3.Zero, Quaternion.Identity);

    public static XrPose From(in XrPosef pose) => new(pose.Position.ToVector3(), pose.Orientation.ToQuaternion());

    /// <summary>The pose's forward direction (its −z axis).</summary>
    public Vector3 Forward => Vector3.Transform(-Vector3.UnitZ, Orientation);
}
