using System.Numerics;
using Metaverse.ClientXr.Platform.OpenXr;
using Metaverse.ClientXr.Xr;

namespace Metaverse.ClientXr.Tests.Xr;

public sealed class PlaySpaceTests
{
    [Fact]
    public void Local_poses_are_turned_by_the_yaw_then_moved_to_the_origin()
    {
        var space = new PlaySpace(new Vector3(10, 0, 5), MathF.PI / 2); // +90°: local −z (forward) becomes world −x
        var world = space.ToWorld(new XrPose(new Vector3(0, 1.6f, -1), Quaternion.Identity));
        AssertClose(new Vector3(9, 1.6f, 5), world.Position);
        AssertClose(new Vector3(-1, 0, 0), world.Forward);
    }

    [Fact]
    public void Turning_about_the_head_keeps_the_head_where_it_is()
    {
        var space = new PlaySpace(Vector3.Zero, 0);
        var headLocal = new XrPose(new Vector3(1, 1.7f, 2), Quaternion.Identity);
        var before = space.ToWorld(headLocal);
        space.TurnAbout(before.Position, -MathF.PI / 6);
        var after = space.ToWorld(headLocal);
        AssertClose(before.Position, after.Position);
        Assert.Equal(-MathF.PI / 6, space.Yaw, 5);
        AssertClose(Vector3.Normalize(new Vector3(MathF.Sin(MathF.PI / 6), 0, -MathF.Cos(MathF.PI / 6))), after.Forward); // turned right
    }

    [Fact]
    public void Moving_the_head_over_a_target_keeps_its_height()
    {
        var space = new PlaySpace(new Vector3(0, 0, 0), 0.4f);
        var headLocal = new XrPose(new Vector3(0.3f, 1.65f, -0.2f), Quaternion.Identity);
        space.MoveHeadOver(space.ToWorld(headLocal).Position, new Vector3(7, 0, -3));
        AssertClose(new Vector3(7, 1.65f, -3), space.ToWorld(headLocal).Position);
    }

    [Fact]
    public void The_view_matrix_maps_the_eye_to_the_origin_and_its_forward_to_minus_z()
    {
        var space = new PlaySpace(new Vector3(2, 0, 0), MathF.PI / 2);
        var eye = new XrPose(new Vector3(0, 1.6f, 0), Quaternion.CreateFromAxisAngle(Vector3.UnitX, -0.3f));
        var view = space.ViewMatrix(eye);
        var world = space.ToWorld(eye);
        AssertClose(Vector3.Zero, Vector3.Transform(world.Position, view));
        AssertClose(new Vector3(0, 0, -2), Vector3.Transform(world.Position + (2 * world.Forward), view));
    }

    internal static void AssertClose(Vector3 expected, Vector3 actual) =>
        Assert.True(Vector3.Distance(expected, actual) < 1e-4f, $"expected {expected}, got {actual}");
}
