using System.Numerics;
using Metaverse.ClientXr.Desktop;

namespace Metaverse.ClientXr.Tests.Desktop;

public sealed class FlyCameraTests
{
    [Fact]
    public void W_walks_along_the_view_direction_at_walking_speed_and_shift_runs()
    {
        var camera = new FlyCamera(Vector3.Zero, yaw: 0, pitch: 0);
        camera.Update(new CameraInput(false, Vector2.Zero, Forward: 1, Right: 0, Up: 0, Fast: false), seconds: 2);
        AssertClose(new Vector3(0, 0, -2 * FlyCamera.WalkSpeed), camera.Position);

        camera.Teleport(Vector3.Zero, MathF.PI / 2, 0); // yaw +90°: facing −x
        camera.Update(new CameraInput(false, Vector2.Zero, Forward: 1, Right: 0, Up: 0, Fast: true), seconds: 1);
        AssertClose(new Vector3(-FlyCamera.RunSpeed, 0, 0), camera.Position);
    }

    [Fact]
    public void Looking_down_does_not_make_walking_sink_and_pitch_stops_short_of_vertical()
    {
        var camera = new FlyCamera(Vector3.Zero, 0, 0);
        camera.Update(new CameraInput(true, new Vector2(0, 10_000), 0, 0, 0, false), 0.016f);
        Assert.InRange(camera.Pitch, -MathF.PI / 2, -1.5f);
        camera.Update(new CameraInput(false, Vector2.Zero, 1, 0, 0, false), 1);
        Assert.Equal(0f, camera.Position.Y, 5);
    }

    [Fact]
    public void Dragging_right_turns_right_and_the_view_matrix_puts_what_is_ahead_at_negative_z()
    {
        var camera = new FlyCamera(new Vector3(1, 2, 3), 0, 0);
        camera.Update(new CameraInput(true, new Vector2(100, 0), 0, 0, 0, false), 0.016f);
        Assert.True(camera.Forward.X > 0, $"forward {camera.Forward} should turn toward +x");

        var ahead = camera.Position + (camera.Forward * 5);
        var inEye = Vector3.Transform(ahead, camera.ViewMatrix);
        AssertClose(new Vector3(0, 0, -5), inEye);
    }

    [Fact]
    public void Looking_is_ignored_unless_the_right_button_is_held()
    {
        var camera = new FlyCamera(Vector3.Zero, 0.3f, 0.1f);
        camera.Update(new CameraInput(false, new Vector2(500, 500), 0, 0, 0, false), 0.016f);
        Assert.Equal((0.3f, 0.1f), (camera.Yaw, camera.Pitch));
    }

    private static void AssertClose(Vector3 expected, Vector3 actual) =>
        Assert.True(Vector3.Distance(expected, actual) < 1e-4f, $"expected {expected}, got {actual}");
}
