namespace Metaverse.ClientXr.Tests;

/// <summary>The client's command line: every bad desktop flag is refused naming the flag and what it accepts.</summary>
public sealed class ClientCommandTests
{
    [Theory]
    [InlineData("--camera", "1,2,3", "five numbers")]
    [InlineData("--camera", "0,1.7,x,0,0", "five numbers")]
    [InlineData("--scene", "kitchen", "plant, patient, molecules")]
    [InlineData("--width", "100", "320–7680")]
    [InlineData("--height", "9000", "240–4320")]
    [InlineData("--after-frames", "0", "1–100000")]
    [InlineData("--role", "Dr.Who", "lower-case letters")]
    [InlineData("--walk-centre", "1", "x,z")]
    public void A_bad_flag_is_refused_naming_the_flag_and_its_range(string flag, string value, string accepted)
    {
        var errors = ClientCommand.Create().Parse(["--mode", "desktop", flag, value]).Errors;
        var error = Assert.Single(errors).Message;
        Assert.Contains(flag, error, StringComparison.Ordinal);
        Assert.Contains(accepted, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_desktop_flags_parse_without_errors()
    {
        var parse = ClientCommand.Create().Parse(["--mode", "desktop", "--scene", "molecules", "--camera", "-5.2,3.6,-2.2,90,-10", "--screenshot", "x.png", "--after-frames", "12", "--width", "640", "--height", "360"]);
        Assert.Empty(parse.Errors);
    }

    [Fact]
    public void The_headset_mode_without_an_openxr_runtime_exits_4()
    {
        Assert.Null(Environment.GetEnvironmentVariable("XR_RUNTIME_JSON"));
        Assert.Equal(Metaverse.ClientXr.Xr.XrRun.XrFailed, ClientCommand.Run(["--mode", "xr", "--api", "http://127.0.0.1:1"]));
    }
}
