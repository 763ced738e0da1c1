using System.Diagnostics;
using System.Globalization;

namespace Metaverse.ClientXr.Tests.OpenXr;

/// <summary>Runs the C driver (tests/openxr-test-runtime/driver.c) against the test runtime through the system OpenXR loader.</summary>
internal static class TestRuntimeDriver
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <param name="run">The runtime build, script and capture folder to run against.</param>
    /// <param name="frames">Frames the driver submits before it calls xrRequestExitSession.</param>
    /// <param name="arguments">Further driver arguments, e.g. "misuse".</param>
    /// <param name="environment">Variables added to <see cref="TestRuntimeRun.Environment"/>.</param>
    public static async Task<(int ExitCode, string Output, string Errors)> Run(
        TestRuntimeRun run, int frames, string[]? arguments = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        Assert.False(string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("DISPLAY")), "the OpenXR test runtime renders with GL: run the tests under xvfb-run");
        var start = new ProcessStartInfo(run.Build.DriverPath) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(frames.ToString(CultureInfo.InvariantCulture));
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in run.Environment.Concat(environment ?? new Dictionary<string, string>()))
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the OpenXR test driver did not finish within {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s: {await output}{await errors}");
        }

        return (process.ExitCode, await output, await errors);
    }
}
