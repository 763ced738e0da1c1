using System.Numerics;
using Metaverse.Server.Twins.Lab;

namespace Metaverse.Server.Tests.Twins.Lab;

public class RigidPoseTests
{
    private static readonly Quaternion QuarterTurnAboutY = Quaternion.CreateFromAxisAngle(Vector3.UnitY, MathF.PI / 2);

    [Fact]
    public void Composing_applies_the_local_offset_in_the_parents_frame()
    {
        var hand = new RigidPose(new Vector3(1, 2, 3), QuarterTurnAboutY);
        var local = new RigidPose(new Vector3(0, 0, -0.1f), QuarterTurnAboutY);

        var world = hand.Compose(local);

        // A quarter turn about +y takes −z to −x; two quarter turns make a half turn.
        AssertClose(new Vector3(0.9f, 2, 3), world.Position);
        Assert.Equal(1, MathF.Abs(Quaternion.Dot(world.Rotation, Quaternion.CreateFromAxisAngle(Vector3.UnitY, MathF.PI))), 5);
    }

    [Fact]
    public void The_inverse_composed_with_the_pose_is_the_identity()
    {
        var pose = new RigidPose(new Vector3(-4, 1.5f, 7), Quaternion.Normalize(new Quaternion(0.3f, -0.5f, 0.2f, 0.8f)));

        var identity = pose.Inverse().Compose(pose);

        AssertClose(Vector3.Zero, identity.Position);
        Assert.Equal(1, MathF.Abs(identity.Rotation.W), 5);
    }

    private static void AssertClose(Vector3 expected, Vector3 actual) =>
        Assert.True(Vector3.Distance(expected, actual) < 1e-5f, $"expected {expected}, got {actual}");
}
