using System.Globalization;
using System.Text.RegularExpressions;

namespace Metaverse.ClientXr.Tests.OpenXr;

/// <summary>
/// The C test runtime driven through Debian's OpenXR loader by the C driver: lifecycle, input, eye capture, loss
/// handling and the validation layer. The client's own OpenXR tests build on the same runtime.
/// </summary>
public sealed class TestRuntimeTests
{
    private const string StandingStill = """
        # head at eye height looking down -z; the right hand in front
        head 0 0,1.6,0 0,0,0,1
        right 0 0.2,1.4,-0.3 0,0,0,1
        """;

    [Fact]
    public async Task A_full_session_goes_from_idle_to_focused_and_back_to_exiting_while_frames_are_submitted()
    {
        using var run = new TestRuntimeRun(StandingStill);
        var (exit, output, errors) = await TestRuntimeDriver.Run(run, frames: 60);

        Assert.True(exit == 0, $"driver exited {exit}: {output}{errors}");
        var log = run.ReadLog();
        Assert.Equal(["IDLE", "READY", "SYNCHRONIZED", "VISIBLE", "FOCUSED", "STOPPING", "IDLE", "EXITING"], log.States);
        Assert.True(log.EndFrames.Count >= 60, $"{log.EndFrames.Count} frames submitted");
        Assert.Equal("0", log.EndFrames[0]["layers"]);   // not yet visible: nothing to render
        var focused = log.Of("state").Single(entry => entry["state"] == "FOCUSED").Frame;
        var stopping = log.Of("state").Single(entry => entry["state"] == "STOPPING").Frame;
        Assert.All(log.EndFrames.Where(frame => frame.Frame > focused && frame.Frame <= stopping), frame => Assert.Equal("1", frame["layers"]));
        Assert.Equal("0", log.EndFrames[^1]["layers"]);   // STOPPING: the runtime says not to render
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task A_scripted_select_press_reaches_the_application_which_answers_with_haptics_on_that_hand()
    {
        using var run = new TestRuntimeRun(StandingStill + "\npress 20 right select\nrelease 25 right select\n");
        var (exit, output, errors) = await TestRuntimeDriver.Run(run, frames: 40);

        Assert.True(exit == 0, $"driver exited {exit}: {output}{errors}");
        Assert.Contains("select pressed", output, StringComparison.Ordinal);
        var haptic = Assert.Single(run.ReadLog().Haptics);
        Assert.Equal(20, haptic.Frame);
        Assert.Equal("/user/hand/right", haptic["hand"]);
        var tracked = int.Parse(Regex.Match(output, "hand tracked in ([0-9]+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(tracked, 30, 40);   // the aim space is located in every focused frame
    }

    [Fact]
    public async Task The_captured_eyes_show_the_scene_from_each_eye_with_the_expected_parallax()
    {
        using var run = new TestRuntimeRun(StandingStill + "\ncapture 30\n");
        var (exit, output, errors) = await TestRuntimeDriver.Run(run, frames: 40);

        Assert.True(exit == 0, $"driver exited {exit}: {output}{errors}");
        var left = run.ReadEye(30, 0);
        var right = run.ReadEye(30, 1);
        Assert.Equal((640, 360), (left.Width, left.Height));
        static bool Red((byte R, byte G, byte B) pixel) => pixel.R > 200 && pixel.G < 60 && pixel.B < 60;
        var (leftX, leftY, leftCount) = left.Centroid(Red);
        var (rightX, rightY, rightCount) = right.Centroid(Red);
        Assert.True(leftCount > 1000 && rightCount > 1000, $"red square pixels: {leftCount} left, {rightCount} right");
        // The square's centre (0, 1.6, -2) seen from eyes at x = ∓0.032 through the runtime's asymmetric fields of view.
        Assert.InRange(leftX, ExpectedColumn(-0.032, -50, 45, 640) - 1, ExpectedColumn(-0.032, -50, 45, 640) + 1);
        Assert.InRange(rightX, ExpectedColumn(0.032, -45, 50, 640) - 1, ExpectedColumn(0.032, -45, 50, 640) + 1);
        Assert.InRange(leftY, 163.2, 165.2);   // (tan 45° − 0) / (tan 45° + tan 50°) × 360 = 164.2, the same for both eyes
        Assert.InRange(rightY, 163.2, 165.2);
        Assert.Equal((26, 26, 51), left[0, 0]);   // the clear colour, stored as written (sRGB texture, no conversion)
    }

    [Fact]
    public async Task A_scripted_session_loss_is_delivered_and_a_new_session_reaches_focused_again()
    {
        using var run = new TestRuntimeRun(StandingStill + "\nlose 20\n");
        var (exit, output, errors) = await TestRuntimeDriver.Run(run, frames: 40);

        Assert.True(exit == 0, $"driver exited {exit}: {output}{errors}");
        Assert.Contains("sessions 2", output, StringComparison.Ordinal);
        var states = run.ReadLog().States;
        var loss = states.ToList().IndexOf("LOSS_PENDING");
        Assert.Equal(["FOCUSED", "LOSS_PENDING", "IDLE", "READY", "SYNCHRONIZED", "VISIBLE", "FOCUSED"], states.Skip(loss - 1).Take(7));
    }

    [Theory]
    [InlineData("exit 15", "re-create instance 0")]          // the runtime comes back at once
    [InlineData("exit 15 gone", "re-create instance -51")]   // XR_ERROR_RUNTIME_UNAVAILABLE from then on
    public async Task A_scripted_runtime_exit_sends_instance_loss_pending(string line, string recreate)
    {
        using var run = new TestRuntimeRun(StandingStill + "\n" + line + "\n");
        var (exit, output, errors) = await TestRuntimeDriver.Run(run, frames: 100);

        Assert.True(exit == 0, $"driver exited {exit}: {output}{errors}");
        Assert.Contains("instance loss pending", output, StringComparison.Ordinal);
        Assert.Contains(recreate, output, StringComparison.Ordinal);
        Assert.Equal(15, run.ReadLog().Of("instance").Single(entry => entry.Fields.ContainsKey("state")).Frame);
    }

    [Fact]
    public async Task Scripted_unfocus_and_focus_move_the_session_between_focused_and_visible()
    {
        using var run = new TestRuntimeRun(StandingStill + "\nunfocus 10\nfocus 20\n");
        var (exit, output, errors) = await TestRuntimeDriver.Run(run, frames: 30);

        Assert.True(exit == 0, $"driver exited {exit}: {output}{errors}");
        var changes = run.ReadLog().Of("state").Where(entry => entry.Frame is 10 or 20).Select(entry => (entry.Frame, entry["state"]));
        Assert.Equal([(10L, "VISIBLE"), (20L, "FOCUSED")], changes);
    }

    [Fact]
    public async Task An_image_rect_outside_the_swapchain_is_refused_and_logged_with_the_reason()
    {
        using var run = new TestRuntimeRun(StandingStill);
        var (exit, _, errors) = await TestRuntimeDriver.Run(run, frames: 10, ["bad-rect"]);

        Assert.Equal(1, exit);
        Assert.Contains("xrEndFrame(session, &end) failed: -25", errors, StringComparison.Ordinal);   // XR_ERROR_SWAPCHAIN_RECT_INVALID
        var error = Assert.Single(run.ReadLog().Errors);
        Assert.Equal("xrEndFrame", error["call"]);
        Assert.Equal("view 1 rect 0,0 641x360 outside the 640x360 swapchain", error["reason"]);
    }

    [Fact]
    public async Task A_malformed_script_line_fails_instance_creation_naming_the_line()
    {
        using var run = new TestRuntimeRun("head 0 0,1.6,0 0,0,0,1\npress twenty right select\n");
        var (exit, _, errors) = await TestRuntimeDriver.Run(run, frames: 10);

        Assert.Equal(1, exit);
        Assert.Contains("line 2 is malformed: press twenty right select", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_core_validation_layer_reports_nothing_for_a_full_session_and_does_report_a_deliberate_misuse()
    {
        using var run = new TestRuntimeRun(StandingStill + "\npress 20 right select\ncapture 30\nlose 40\n");
        var clean = Path.Combine(run.CaptureDirectory, "validation-clean.txt");
        var misuse = Path.Combine(run.CaptureDirectory, "validation-misuse.txt");

        var first = await TestRuntimeDriver.Run(run, frames: 60, environment: ValidationLayer(clean));
        var second = await TestRuntimeDriver.Run(run, frames: 5, ["misuse"], ValidationLayer(misuse));

        Assert.True(first.ExitCode == 0, $"driver exited {first.ExitCode} (is openxr-layer-corevalidation installed?): {first.Output}{first.Errors}");
        Assert.True(second.ExitCode == 0, $"driver exited {second.ExitCode}: {second.Output}{second.Errors}");
        Assert.Equal("", File.Exists(clean) ? File.ReadAllText(clean).Trim() : "");
        Assert.Contains("VUID-XrSystemProperties-type-type", File.ReadAllText(misuse), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ValidationLayer(string output) => new()
    {
        ["XR_ENABLE_API_LAYERS"] = "XR_APILAYER_LUNARG_core_validation",
        ["XR_CORE_VALIDATION_FILE_NAME"] = output,
    };

    /// <summary>Pixel column (from the left) of a point at x = 0, 2 m ahead, seen by an eye at <paramref name="eyeX"/>.</summary>
    private static double ExpectedColumn(double eyeX, double leftDegrees, double rightDegrees, int width)
    {
        var tanLeft = Math.Tan(leftDegrees * Math.PI / 180);
        var tanRight = Math.Tan(rightDegrees * Math.PI / 180);
        var tan = (0 - eyeX) / 2.0;
        return (tan - tanLeft) / (tanRight - tanLeft) * width;
    }
}
