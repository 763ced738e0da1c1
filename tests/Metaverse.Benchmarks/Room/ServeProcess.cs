using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Metaverse.Benchmarks.Room;

/// <summary><c>metaverse-server serve</c> as a child process on free ports with a throw-away database; its output is drained so it never blocks.</summary>
internal sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _directory = Directory.CreateTempSubdirectory("metaverse-bench-").FullName;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServeProcess(int tickHz)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "metaverse-server.dll"), "serve", "--udp-port", "0", "--http-port", "0", "--tick-hz", tickHz.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Path.Combine(_directory, "bench.db") })
        {
            start.ArgumentList.Add(argument);
        }

        // Every bot connects from 127.0.0.1.
        start.Environment["Metaverse__MaxSessionsPerAddress"] = "4096";

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start metaverse-server");
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null && ListeningOn().Match(line.Data) is { Success: true } match)
            {
                _listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Process Process => _process;

    public Task<Uri> ListeningAsync() => _listening.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
