using System.Numerics;

namespace Metaverse.Server.Twins.Lab;

/// <summary>
/// A position (metres, room frame) and a unit orientation: a rigid transform that maps a body's local
/// frame into its parent's. System.Numerics conventions (right-handed, +y up; <c>a * b</c> rotates by b, then a).
/// </summary>
public readonly record struct RigidPose(Vector3 Position, Quaternion Rotation)
{
    /// <summary>This pose followed by <paramref name="local"/> expressed in its frame (this ∘ local).</summary>
    public RigidPose Compose(RigidPose local) =>
        new(Position + Vector3.Transform(local.Position, Rotation), Quaternion.Normalize(Rotation * local.Rotation));

    /// <summary>The transform back: <c>p.Inverse().Compose(p)</c> is the identity.</summary>
    public RigidPose Inverse()
    {
        var inverse = Quaternion.Conjugate(Quaternion.Normalize(Rotation));
        return new(Vector3.Transform(-Position, inverse), inverse);
    }
}
