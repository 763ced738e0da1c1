using System.Numerics;

namespace Metaverse.Shared.Replication;

/// <summary>An avatar pose as the client renders it: head and both hands, in room coordinates (metres).</summary>
public readonly record struct SnapshotInterpolationPose(
    Vector3 HeadPosition,
    Quaternion HeadRotation,
    Vector3 LeftHandPosition,
    Quaternion LeftHandRotation,
    Vector3 RightHandPosition,
    Quaternion RightHandRotation)
{
    /// <summary>
    /// Positions lerped, rotations slerped along the shorter arc and normalized. <paramref name="t"/> in
    /// [0, 1] interpolates; t &gt; 1 extrapolates at the same linear and angular velocity (what
    /// <see cref="SnapshotInterpolationBuffer{T}"/> needs past the newest snapshot).
    /// </summary>
    public static SnapshotInterpolationPose Interpolate(SnapshotInterpolationPose from, SnapshotInterpolationPose to, float t) => new(
        Vector3.Lerp(from.HeadPosition, to.HeadPosition, t),
        Slerp(from.HeadRotation, to.HeadRotation, t),
        Vector3.Lerp(from.LeftHandPosition, to.LeftHandPosition, t),
        Slerp(from.LeftHandRotation, to.LeftHandRotation, t),
        Vector3.Lerp(from.RightHandPosition, to.RightHandPosition, t),
        Slerp(from.RightHandRotation, to.RightHandRotation, t));

    private static Quaternion Slerp(Quaternion from, Quaternion to, float t)
    {
        // Quaternion.Slerp does not clamp t, so t > 1 keeps rotating; normalizing absorbs its
        // near-parallel linear path and any rounding.
        var result = Quaternion.Slerp(from, to, t);
        var lengthSquared = result.LengthSquared();
        return lengthSquared > 1e-12f && float.IsFinite(lengthSquared) ? Quaternion.Normalize(result) : to;
    }
}
