using System.Diagnostics;
using System.Globalization;
using Metaverse.ClientXr.Rendering.Imaging;

namespace Metaverse.EndToEnd.Tests;

/// <summary>
/// Runs <c>metaverse-client</c> (desktop or headset mode) as a real process against a test server, at 640×360; for
/// screenshots it loads the PNG the client saves. Needs a display: the test command runs the suite under xvfb-run
/// (Mesa's llvmpipe renders).
/// </summary>
internal static class ClientProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static async Task<RgbaImage> Screenshot(ServerFixture server, string name, params string[] extra)
    {
        Assert.False(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")), "the desktop client tests need a display: run the tests under xvfb-run (scripts/test.sh does)");
        var path = Path.Combine(Path.GetTempPath(), $"metaverse-shot-{Guid.NewGuid():N}.png");
        try
        {
            var (exit, errors) = await Run(server, "desktop", ["--name", name, "--screenshot", path, .. extra]);
            Assert.True(exit == 0, $"metaverse-client exited with {exit}: {errors}");
            return PngReader.ReadFile(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Runs the client in <paramref name="mode"/>; an <paramref name="environment"/> value of null removes that variable.</summary>
    public static async Task<(int ExitCode, string StandardError)> Run(ServerFixture server, string mode, string[] arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "metaverse-client.dll"), "--mode", mode }
            .Concat(["--server", server.Udp.ToString(), "--api", server.Api.ToString().TrimEnd('/'), "--width", "640", "--height", "360"])
            .Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"metaverse-client did not finish within {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s: {await errors}");
        }

        await output;
        return (process.ExitCode, await errors);
    }
}
