using System.Globalization;
using System.Numerics;
using Metaverse.Client;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Rendering.Text;
using Metaverse.ClientXr.Scenes;
using Metaverse.ClientXr.Tests.OpenXr;
using Metaverse.ClientXr.Ui;
using Metaverse.Shared.Replication;

namespace Metaverse.EndToEnd.Tests.Xr;

/// <summary>
/// <c>metaverse-client --mode xr</c> as a real process, against the real server and the C OpenXR test runtime
/// (tests/openxr-test-runtime, found by the loader through XR_RUNTIME_JSON), under Xvfb.
/// </summary>
[Collection(RenderingProcesses.Name)]
public sealed class HeadsetClientTests
{
    /// <summary>The runtime's view: eyes ±32 mm from the head, field of view left eye −50°/45° (left/right), right eye mirrored.</summary>
    private const double EyeOffset = 0.032;

    /// <summary>
    /// Compiles the test runtime (once per process) before any test joins a client: on a loaded machine the compile
    /// took over 5 s, and a client joined before it went silent that long, so the server timed it out.
    /// </summary>
    static HeadsetClientTests() => _ = TestRuntimeBuild.Shared;

    [Fact]
    public async Task The_client_reaches_focused_submits_frames_and_each_eye_sees_an_avatar_from_its_own_viewpoint()
    {
        await using var server = await ServerFixture.Start(settings: new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "none" });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var visitor = await Clients.Joined(new LoginClient(http, server.Api), server, "visitor");
        // The play space starts under the molecule lab's viewpoint; the head looks along −z from its origin.
        var origin = Floor(SceneId.Molecules);
        var head = origin + new Vector3(0, 1.6f, 0);
        var avatar = head + new Vector3(0, 0.3f, -2f); // 2 m ahead, a little above eye level: against the sky
        var facing = Quaternion.CreateFromAxisAngle(Vector3.UnitY, MathF.PI);
        var pose = new AvatarPose(avatar, facing, avatar + new Vector3(-0.25f, -0.5f, 0), facing, avatar + new Vector3(0.25f, -0.5f, 0), facing);
        using var run = new TestRuntimeRun("head 0 0,1.6,0 0,0,0,1\ncapture 250\n");

        var (exit, errors) = await Clients.KeptAlive(visitor, () => ClientProcess.Run(server, "xr", ["--scene", "molecules", "--xr-frames", "260"], Environment(run)), pose);

        Assert.True(exit == 0, $"metaverse-client --mode xr exited {exit}: {errors}");
        var log = run.ReadLog();
        Assert.Contains("FOCUSED", log.States);
        Assert.True(log.EndFrames.Count(f => f["layers"] == "1") >= 200, $"{log.EndFrames.Count} frames ended, {log.EndFrames.Count(f => f["layers"] == "1")} with a layer");
        Assert.Empty(log.Errors);
        var left = AvatarColumn(run.ReadEye(250, 0));
        var right = AvatarColumn(run.ReadEye(250, 1));
        // The same point seen by each eye through its own asymmetric frustum (independent of the client's code).
        Assert.InRange(left, Expected(-1, 640) - 8, Expected(-1, 640) + 8);
        Assert.InRange(right, Expected(1, 640) - 8, Expected(1, 640) + 8);
    }

    [Fact]
    public async Task A_controller_aimed_at_a_panel_button_pressing_select_sends_the_command_and_buzzes()
    {
        await using var server = await ServerFixture.Start(settings: new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "none" });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var watcher = await Clients.Joined(new LoginClient(http, server.Api), server, "watcher");
        var origin = Floor(SceneId.Patient);
        var button = CreatePatientButton();
        var hand = new Vector3(0.3f, 1.4f, -0.2f);
        var aim = AimAt(origin + hand, button);
        // A press every 60 frames for 1,500 frames: on a loaded machine the first ones may come before the client has joined
        // (then nothing is created); once a patient exists the button is gone and later presses land on a reading.
        using var run = new TestRuntimeRun(string.Create(CultureInfo.InvariantCulture, $"""
            head 0 0,1.6,0 0,0,0,1
            right 0 {hand.X},{hand.Y},{hand.Z} {aim.X},{aim.Y},{aim.Z},{aim.W}
            press 100 right select
            release 104 right select
            press 160 right select
            release 164 right select
            press 220 right select
            release 224 right select
            press 280 right select
            release 284 right select
            press 340 right select
            release 344 right select
            press 400 right select
            release 404 right select
            press 460 right select
            release 464 right select
            press 520 right select
            release 524 right select
            press 580 right select
            release 584 right select
            press 640 right select
            release 644 right select
            press 700 right select
            release 704 right select
            press 760 right select
            release 764 right select
            press 820 right select
            release 824 right select
            press 880 right select
            release 884 right select
            press 940 right select
            release 944 right select
            press 1000 right select
            release 1004 right select
            press 1060 right select
            release 1064 right select
            press 1120 right select
            release 1124 right select
            press 1180 right select
            release 1184 right select
            press 1240 right select
            release 1244 right select
            press 1300 right select
            release 1304 right select
            press 1360 right select
            release 1364 right select
            press 1420 right select
            release 1424 right select
            """));

        var (exit, errors) = await Clients.KeptAlive(watcher, () => ClientProcess.Run(server, "xr", ["--scene", "patient", "--role", "clinician", "--xr-frames", "1500"], Environment(run)));

        Assert.True(exit == 0, $"metaverse-client --mode xr exited {exit}: {errors}");
        Clients.Pump([watcher], () => watcher.Twins.Catalog?.Twins.Any(t => t.Kind == "patient") == true, $"the patient created from the headset (client said: {errors})");
        Assert.Contains(run.ReadLog().Haptics, h => h["hand"].Contains("right", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Squeezing_the_grip_with_the_aim_on_a_molecule_picks_it_up_and_it_follows_the_hand()
    {
        await using var server = await ServerFixture.Start(settings: new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "molecule-lab" });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var watcher = await Clients.Joined(new LoginClient(http, server.Api), server, "watcher");
        Clients.Pump([watcher], () => !float.IsNaN(Caffeine(watcher, "y")), "the lab's channels");
        var rest = new Vector3(Caffeine(watcher, "x"), Caffeine(watcher, "y"), Caffeine(watcher, "z"));
        // The right hand 0.3 m in front of the caffeine (toward the viewer), aiming at it along −z; it squeezes twice (on a
        // loaded machine the lab's state may not have arrived by the first), holds, then rises 0.4 m.
        var hand = rest - Floor(SceneId.Molecules) + new Vector3(0, 0, 0.3f);
        var raised = hand + new Vector3(0, 0.4f, 0);
        using var run = new TestRuntimeRun(string.Create(CultureInfo.InvariantCulture, $"""
            profile /interaction_profiles/oculus/touch_controller
            head 0 0,1.6,0 0,0,0,1
            right 0 {hand.X},{hand.Y},{hand.Z} 0,0,0,1
            squeeze 90 right 1
            squeeze 100 right 0
            squeeze 160 right 1
            right 200 {hand.X},{hand.Y},{hand.Z} 0,0,0,1
            right 230 {raised.X},{raised.Y},{raised.Z} 0,0,0,1
            """));

        var (exit, errors) = await Clients.KeptAlive(watcher, () => ClientProcess.Run(server, "xr", ["--scene", "molecules", "--xr-frames", "260"], Environment(run)));

        Assert.True(exit == 0, $"metaverse-client --mode xr exited {exit}: {errors}");
        // The headset client has left (the molecule is free again) but the caffeine stays where its hand took it.
        Clients.Pump([watcher], () => Caffeine(watcher, "y") > rest.Y + 0.3f, "the caffeine to have risen with the hand");
    }

    [Fact]
    public async Task A_lost_session_and_a_runtime_that_exits_and_returns_are_recreated_and_reach_focused_again()
    {
        await using var server = await ServerFixture.Start(settings: new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "none" });
        using var run = new TestRuntimeRun("head 0 0,1.6,0 0,0,0,1\nlose 20\nexit 90\n");

        var (exit, errors) = await ClientProcess.Run(server, "xr", ["--xr-frames", "170"], Environment(run));

        Assert.True(exit == 0, $"metaverse-client --mode xr exited {exit}: {errors}");
        var states = run.ReadLog().States;
        Assert.Contains("LOSS_PENDING", states);
        Assert.True(states.Count(s => s == "FOCUSED") >= 3, $"focused {states.Count(s => s == "FOCUSED")} times: {string.Join(' ', states)}");
    }

    [Fact]
    public async Task Under_the_core_validation_layer_a_session_with_input_loss_and_recreation_reports_nothing()
    {
        await using var server = await ServerFixture.Start(settings: new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "none" });
        using var run = new TestRuntimeRun("head 0 0,1.6,0 0,0,0,1\nright 0 0.2,1.4,-0.3 0,0,0,1\npress 30 right select\nrelease 33 right select\nsqueeze 40 right 1\nstick 50 right 0,1\nstick 55 right 0,0\nlose 70\n");
        var report = Path.Combine(run.CaptureDirectory, "core-validation.txt");
        var environment = Environment(run);
        environment["XR_ENABLE_API_LAYERS"] = "XR_APILAYER_LUNARG_core_validation";
        environment["XR_CORE_VALIDATION_FILE_NAME"] = report;

        var (exit, errors) = await ClientProcess.Run(server, "xr", ["--xr-frames", "130"], environment);

        Assert.True(exit == 0, $"metaverse-client --mode xr exited {exit}: {errors}");
        Assert.Contains("Core Validation", errors, StringComparison.Ordinal); // the layer was loaded
        var messages = File.Exists(report) ? await File.ReadAllTextAsync(report) : string.Empty;
        Assert.True(messages.Trim().Length == 0, $"the validation layer reported:\n{messages}");
    }

    [Fact]
    public async Task Without_a_runtime_auto_mode_falls_back_to_the_desktop_with_one_line_and_xr_mode_fails_with_the_reason()
    {
        await using var server = await ServerFixture.Start(settings: new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "none" });
        var noRuntime = new Dictionary<string, string?> { ["XR_RUNTIME_JSON"] = Path.Combine(Path.GetTempPath(), "no-such-runtime.json") };
        var shot = Path.Combine(Path.GetTempPath(), $"metaverse-auto-{Guid.NewGuid():N}.png");
        try
        {
            var (exit, errors) = await ClientProcess.Run(server, "auto", ["--screenshot", shot, "--after-frames", "3"], noRuntime);
            Assert.True(exit == 0 && File.Exists(shot), $"auto mode exited {exit}: {errors}");
            Assert.Single(errors.Split('\n'), line => line.StartsWith("metaverse-client: no headset", StringComparison.Ordinal));

            var (xrExit, xrErrors) = await ClientProcess.Run(server, "xr", ["--xr-frames", "10"], noRuntime);
            Assert.Equal(4, xrExit);
            Assert.Contains("--mode xr", xrErrors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(shot);
        }
    }

    private static float Caffeine(SessionClient client, string channel) =>
        client.Twins.TryGet("molecule-lab-1", "caffeine." + channel, out var value) ? value : float.NaN;

    private static Dictionary<string, string?> Environment(TestRuntimeRun run) =>
        run.Environment.ToDictionary(e => e.Key, e => (string?)e.Value);

    private static Vector3 Floor(SceneId scene)
    {
        var (position, _, _) = SceneLayout.Viewpoint(scene);
        return new Vector3(position.X, 0, position.Z);
    }

    /// <summary>Pixel column of a point 0.0 m sideways and 2 m ahead, in eye <paramref name="side"/> (−1 left, +1 right).</summary>
    private static double Expected(int side, int width)
    {
        var (tanLeft, tanRight) = side < 0 ? (-Math.Tan(50 * Math.PI / 180), Math.Tan(45 * Math.PI / 180)) : (-Math.Tan(45 * Math.PI / 180), Math.Tan(50 * Math.PI / 180));
        var tan = (0 - (side * EyeOffset)) / 2.0;
        return (tan - tanLeft) / (tanRight - tanLeft) * width;
    }

    /// <summary>
    /// The mean column of the pixels above the horizon that are not sky (the avatar's head, visor and name tag). The
    /// horizon of a level eye is at tan 45° / (tan 45° + tan 50°) of the height, row 164 of 360.
    /// </summary>
    private static double AvatarColumn(TestRuntimeImage eye)
    {
        var sky = eye[2, 2];
        double sum = 0;
        var count = 0;
        for (var y = 0; y < 150; y++)
        {
            for (var x = 0; x < eye.Width; x++)
            {
                var p = eye[x, y];
                if (Math.Max(Math.Abs(p.R - sky.R), Math.Max(Math.Abs(p.G - sky.G), Math.Abs(p.B - sky.B))) > 40)
                {
                    sum += x;
                    count++;
                }
            }
        }

        Assert.True(count > 50, $"only {count} pixels above the horizon differ from the sky");
        return sum / count;
    }

    /// <summary>The world position of the middle of the patient panel's "Create a patient" button, from the UI's own layout.</summary>
    private static Vector3 CreatePatientButton()
    {
        var ui = new WorldUi(GlyphAtlas.Build().ValueOrThrow(), World.Scaled(UiStyle.Default, World.PanelScale));
        ui.Begin(ReadOnlySpan<UiPointer>.Empty, UiKeyboard.None);
        ui.WindowBegin("Patient", PatientRoom.Panel, PatientRoom.PanelSize);
        ui.Label("No patient in this room yet.");
        ui.Button(PatientRoom.CreateLabel);
        var rect = ui.LastItemRect;
        ui.WindowEnd();
        ui.End(new DrawList());
        return Vector3.Transform(new Vector3(rect.X + (rect.Width / 2), -(rect.Top + (rect.Height / 2)), 0), PatientRoom.Panel);
    }

    /// <summary>The orientation whose forward (−z) points from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static Quaternion AimAt(Vector3 from, Vector3 to)
    {
        var look = Matrix4x4.CreateLookTo(Vector3.Zero, Vector3.Normalize(to - from), Vector3.UnitY);
        Matrix4x4.Invert(look, out var world);
        return Quaternion.Normalize(Quaternion.CreateFromRotationMatrix(world));
    }
}
