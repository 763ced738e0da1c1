using System.Numerics;
using Metaverse.ClientXr.Ui;
using Metaverse.ClientXr.Xr;

namespace Metaverse.ClientXr.Tests.Xr;

public sealed class LocomotionTests
{
    private static readonly Ray DownForward = new(new Vector3(0, 1.2f, 0), Vector3.Normalize(new Vector3(0, -1, -2)));
    private static readonly Vector3 Head = new(0, 1.6f, 0);

    [Fact]
    public void Push_forward_aims_at_the_floor_and_release_jumps_the_head_there()
    {
        var space = new PlaySpace(Vector3.Zero, 0);
        var locomotion = new Locomotion();
        Assert.False(locomotion.Update(new Vector2(0, 1), DownForward, Head, 0.016f, space));
        Assert.True(locomotion.Aiming);
        PlaySpaceTests.AssertClose(new Vector3(0, 0, -2.4f), locomotion.Target!.Value);
        Assert.Equal(Vector3.Zero, space.Origin);

        Assert.True(locomotion.Update(Vector2.Zero, DownForward, Head, 0.016f, space));
        Assert.False(locomotion.Aiming);
        Assert.Null(locomotion.Target);
        PlaySpaceTests.AssertClose(new Vector3(0, 0, -2.4f), space.Origin);
    }

    [Fact]
    public void A_ray_that_misses_the_floor_does_not_teleport()
    {
        var space = new PlaySpace(Vector3.Zero, 0);
        var locomotion = new Locomotion();
        var up = new Ray(new Vector3(0, 1.2f, 0), Vector3.Normalize(new Vector3(0, 1, -1)));
        locomotion.Update(new Vector2(0, 1), up, Head, 0.016f, space);
        Assert.Null(locomotion.Target);
        Assert.False(locomotion.Update(Vector2.Zero, up, Head, 0.016f, space));
        Assert.Equal(Vector3.Zero, space.Origin);
        Assert.Null(Locomotion.FloorHit(new Ray(new Vector3(0, 1, 0), Vector3.Normalize(new Vector3(0, -0.01f, -1))))); // beyond 20 m
    }

    [Fact]
    public void Snap_turn_turns_once_per_push_by_the_configured_angle_and_right_is_negative_yaw()
    {
        var space = new PlaySpace(Vector3.Zero, 0);
        var locomotion = new Locomotion(TurnMode.Snap, snapDegrees: 30);
        locomotion.Update(new Vector2(1, 0), DownForward, Head, 0.016f, space);
        locomotion.Update(new Vector2(1, 0), DownForward, Head, 0.016f, space);
        Assert.Equal(-float.DegreesToRadians(30), space.Yaw, 5);
        locomotion.Update(Vector2.Zero, DownForward, Head, 0.016f, space);
        locomotion.Update(new Vector2(-0.9f, 0), DownForward, Head, 0.016f, space);
        Assert.Equal(0f, space.Yaw, 5);
    }

    [Fact]
    public void Smooth_turn_turns_at_the_rate_times_deflection_and_ignores_the_dead_zone()
    {
        var space = new PlaySpace(Vector3.Zero, 0);
        var locomotion = new Locomotion(TurnMode.Smooth, smoothDegreesPerSecond: 90);
        locomotion.Update(new Vector2(-0.5f, 0), DownForward, Head, 1f, space);
        Assert.Equal(float.DegreesToRadians(45), space.Yaw, 4);
        locomotion.Update(new Vector2(0.1f, 0), DownForward, Head, 1f, space);
        Assert.Equal(float.DegreesToRadians(45), space.Yaw, 4);
    }
}
