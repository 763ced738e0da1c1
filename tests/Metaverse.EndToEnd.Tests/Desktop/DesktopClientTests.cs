using System.Numerics;
using Metaverse.Client;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Replication;

namespace Metaverse.EndToEnd.Tests.Desktop;

/// <summary>
/// The desktop client as a real process under Xvfb (Mesa llvmpipe) against the real server: it renders each scene,
/// shows another client's avatar where that client stands, and shows a twin's value change on its panel.
/// </summary>
[Collection(RenderingProcesses.Name)]
public sealed class DesktopClientTests
{
    [Theory]
    [InlineData("plant")]
    [InlineData("patient")]
    [InlineData("molecules")]
    public async Task Each_scene_renders_a_frame_that_is_not_blank(string scene)
    {
        await using var server = await ServerFixture.Start();
        var shot = await ClientProcess.Screenshot(server, "viewer", "--scene", scene, "--after-frames", "5");
        Assert.Equal((640, 360), (shot.Width, shot.Height));
        var colours = Pixels.DistinctColours(shot);
        Assert.True(colours > 40, $"the {scene} frame has only {colours} distinct colours");
    }

    [Fact]
    public async Task Another_clients_avatar_appears_in_front_of_the_camera_where_it_stands()
    {
        await using var server = await ServerFixture.Start(settings: new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "none" });
        // Eye at 1.7 m looking along −z and 10° up: the middle of the frame is sky.
        string[] camera = ["--camera", "0,1.7,8,0,10", "--after-frames", "8"];
        var empty = await ClientProcess.Screenshot(server, "viewer", camera);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var visitor = await Clients.Joined(new LoginClient(http, server.Api), server, "visitor");
        var forward = Vector3.Transform(-Vector3.UnitZ, Quaternion.CreateFromYawPitchRoll(0, float.DegreesToRadians(10), 0));
        var head = new Vector3(0, 1.7f, 8) + (forward * 2f);
        var facing = Quaternion.CreateFromAxisAngle(Vector3.UnitY, MathF.PI); // looking back at the viewer
        var pose = new AvatarPose(head, facing, head + new Vector3(-0.3f, -0.6f, 0), facing, head + new Vector3(0.3f, -0.6f, 0), facing);
        var seen = await Clients.KeptAlive(visitor, () => ClientProcess.Screenshot(server, "viewer", camera), pose);

        var (cx, cy) = (seen.Width / 2, seen.Height / 2);
        Assert.True(Pixels.Distance(empty[cx, cy], seen[cx, cy]) > 60, $"the middle of the frame should show the visitor's head: {empty[cx, cy]} → {seen[cx, cy]}");
        foreach (var (x, y) in new[] { (cx - 150, cy), (cx + 150, cy), (cx, cy + 120) })
        {
            Assert.True(Pixels.Distance(empty[x, y], seen[x, y]) <= 8, $"({x}, {y}) should be unchanged: {empty[x, y]} → {seen[x, y]}");
        }
    }

    [Fact]
    public async Task A_twin_value_shown_on_a_panel_changes_when_the_servers_value_changes()
    {
        await using var server = await ServerFixture.Start(settings: new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "cdc-line" });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var trainer = await Clients.Joined(new LoginClient(http, server.Api), server, "tess", "trainer");
        Command(trainer, "pause", "time-scale", ("scale", "0"));
        Clients.Pump([trainer], () => trainer.CommandResults.ContainsKey("pause") && Value(trainer, "line.running") == 1, "the paused, running line");
        Assert.True(trainer.CommandResults["pause"].Ok, trainer.CommandResults["pause"].Message);

        // Close in front of the line's panel, which fills most of the frame.
        string[] camera = ["--camera", "-5.2,3.6,-2.2,0,0", "--after-frames", "5"];
        var running = await Clients.KeptAlive(trainer, () => ClientProcess.Screenshot(server, "viewer", camera));
        var runningAgain = await Clients.KeptAlive(trainer, () => ClientProcess.Screenshot(server, "viewer", camera));
        Command(trainer, "stop", "stop");
        Clients.Pump([trainer], () => Value(trainer, "line.running") == 0, "the line to stop");
        var stopped = await ClientProcess.Screenshot(server, "viewer", camera);

        var unchanged = Pixels.Different(running, runningAgain);
        var changed = Pixels.Different(running, stopped);
        Assert.True(unchanged < 50, $"two frames of the same paused state differ in {unchanged} pixels");
        Assert.True(changed > 150 && changed > 5 * unchanged, $"the stop changed only {changed} pixels (same state: {unchanged})");
    }

    [Fact]
    public async Task Without_a_display_the_client_exits_with_a_clear_message_naming_the_package()
    {
        await using var server = await ServerFixture.Start();
        var (exit, errors) = await ClientProcess.Run(server, "desktop", ["--after-frames", "1"], new Dictionary<string, string?> { ["DISPLAY"] = null, ["WAYLAND_DISPLAY"] = null });
        Assert.Equal(3, exit);
        Assert.Contains("xvfb", errors, StringComparison.Ordinal);
        Assert.Contains("DISPLAY", errors, StringComparison.Ordinal);
    }

    private static void Command(SessionClient client, string id, string action, params (string Name, string Value)[] arguments)
    {
        var command = new Command { RequestId = id, TwinId = "cdc-line-1", Action = action, Reason = "desktop client test" };
        foreach (var (name, value) in arguments)
        {
            command.Arguments[name] = value;
        }

        client.SendCommand(command);
    }

    private static float Value(SessionClient client, string channel) =>
        client.Twins.TryGet("cdc-line-1", channel, out var value) ? value : float.NaN;
}
