using System.Numerics;
using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class SnapshotInterpolationPoseTests
{
    [Fact]
    public void Beyond_one_it_keeps_moving_and_turning_at_the_same_rate()
    {
        var from = Pose(Vector3.Zero, Quaternion.Identity);
        var to = Pose(new Vector3(0.1f, 0, 0), Turn(30));

        var ahead = SnapshotInterpolationPose.Interpolate(from, to, 2f);

        Assert.Equal(0.2f, ahead.HeadPosition.X, 6);
        AssertRotation(Turn(60), ahead.HeadRotation);
        AssertRotation(Turn(60), ahead.RightHandRotation);
    }

    [Fact]
    public void Rotations_take_the_shorter_arc_and_stay_unit_length()
    {
        var from = Pose(Vector3.Zero, Turn(10));
        var to = Pose(Vector3.Zero, Quaternion.Negate(Turn(50)));

        var middle = SnapshotInterpolationPose.Interpolate(from, to, 0.5f);
        var ahead = SnapshotInterpolationPose.Interpolate(from, to, 1.5f);

        AssertRotation(Turn(30), middle.HeadRotation);
        AssertRotation(Turn(70), ahead.HeadRotation);
        Assert.Equal(1f, middle.HeadRotation.Length(), 5);
        Assert.Equal(1f, ahead.LeftHandRotation.Length(), 5);
    }

    [Fact]
    public void Nearly_equal_rotations_interpolate_without_leaving_unit_length()
    {
        var from = Pose(Vector3.Zero, Turn(0));
        var to = Pose(Vector3.Zero, Turn(0.001f));

        var ahead = SnapshotInterpolationPose.Interpolate(from, to, 5f);

        Assert.Equal(1f, ahead.HeadRotation.Length(), 6);
        Assert.Equal(from, SnapshotInterpolationPose.Interpolate(from, from, 0.3f));
    }

    private static SnapshotInterpolationPose Pose(Vector3 position, Quaternion rotation) =>
        new(position, rotation, position + Vector3.UnitX, rotation, position - Vector3.UnitX, rotation);

    private static Quaternion Turn(float degrees) => Quaternion.CreateFromAxisAngle(Vector3.UnitY, degrees * MathF.PI / 180);

    private static void AssertRotation(Quaternion expected, Quaternion actual) =>
        Assert.True(MathF.Abs(Quaternion.Dot(expected, actual)) > 1 - 1e-6f, $"expected {expected}, got {actual}");
}
