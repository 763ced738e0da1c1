using System.Net;
using System.Numerics;
using Metaverse.Client;
using Metaverse.ClientXr.Desktop;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Rendering.Text;
using Metaverse.ClientXr.Scenes;

namespace Metaverse.ClientXr.Tests.Desktop;

/// <summary>The desktop front end's keys and camera, driven by input records (no window, no server needed).</summary>
public sealed class DesktopAppTests
{
    private static readonly GlyphAtlas Font = GlyphAtlas.Build().ValueOrThrow();

    [Fact]
    public void Tab_jumps_to_the_next_scenes_viewpoint_and_wraps_around()
    {
        using var session = Unconnected();
        var app = new DesktopApp(session, Font, Options(SceneId.Plant));
        var list = new DrawList();
        foreach (var expected in new[] { SceneId.Patient, SceneId.Molecules, SceneId.Plant })
        {
            app.Frame(Press(DesktopKeys.Tab), 0.016f, 640, 360, list);
            Assert.Equal(SceneLayout.Viewpoint(expected).Position, app.Camera.Position);
            list.Clear();
            app.Frame(DesktopInput.Idle(new Vector2(320, 180)), 0.016f, 640, 360, list);
            Assert.Equal(expected, app.World.Scene);
        }
    }

    [Fact]
    public void Escape_opens_the_menu_in_front_of_the_camera_and_closes_it_again()
    {
        using var session = Unconnected();
        var app = new DesktopApp(session, Font, Options(SceneId.Plant));
        var closed = new DrawList();
        app.Frame(DesktopInput.Idle(new Vector2(320, 180)), 0.016f, 640, 360, closed);

        var open = new DrawList();
        app.Frame(Press(DesktopKeys.Escape), 0.016f, 640, 360, open);
        Assert.Contains(open.PanelItems.ToArray(), item => item.Text == "Menu");
        Assert.DoesNotContain(closed.PanelItems.ToArray(), item => item.Text == "Menu");

        var again = new DrawList();
        app.Frame(Press(DesktopKeys.Escape), 0.016f, 640, 360, again);
        Assert.DoesNotContain(again.PanelItems.ToArray(), item => item.Text == "Menu");
    }

    [Fact]
    public void The_camera_flag_overrides_the_scene_viewpoint_and_W_walks_forward()
    {
        using var session = Unconnected();
        var options = Options(SceneId.Patient) with { Camera = (new Vector3(1, 1.7f, 2), 0f, 0f) };
        var app = new DesktopApp(session, Font, options);
        var held = DesktopInput.Idle(new Vector2(320, 180)) with { KeysDown = DesktopKeys.W };
        app.Frame(held, 1f, 640, 360, new DrawList());
        Assert.Equal(new Vector3(1, 1.7f, 2 - FlyCamera.WalkSpeed), app.Camera.Position);
    }

    private static DesktopInput Press(DesktopKeys key) =>
        DesktopInput.Idle(new Vector2(320, 180)) with { KeysPressed = key };

    private static DesktopOptions Options(SceneId scene) =>
        new(new IPEndPoint(IPAddress.Loopback, 9), new Uri("http://127.0.0.1:9"), "tester", "trainer", 640, 360, scene, null, null, 1, false);

    /// <summary>A session aimed at the discard port: it never connects, which is all these tests need.</summary>
    private static SessionClient Unconnected() => new("tester", new IPEndPoint(IPAddress.Loopback, 9), new Metaverse.Shared.Net.Security.ConnectCredentials(new byte[] { 1 }, Metaverse.Shared.Net.Security.SessionKeys.Random()));
}
