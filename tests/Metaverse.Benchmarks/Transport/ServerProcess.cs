using System.Diagnostics;
using System.Text.Json;

namespace Metaverse.Benchmarks.Transport;

/// <summary>The echo server as a child process of the benchmark (this same executable, "server" command).</summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    /// <param name="sealed">False: plaintext datagrams, to measure what sealing costs.</param>
    public ServerProcess(bool @sealed)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        }

        start.ArgumentList.Add("server");
        if (!@sealed)
        {
            start.ArgumentList.Add("--unsealed");
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start the echo server process");
        var ready = ReadLine("READY");
        Port = int.Parse(ready.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public int Port { get; }

    public void Mark()
    {
        _process.StandardInput.WriteLine("MARK");
        ReadLine("MARKED");
    }

    public ServerSample Stop()
    {
        _process.StandardInput.WriteLine("STOP");
        var line = ReadLine("STATS");
        _process.WaitForExit(10_000);
        return JsonSerializer.Deserialize<ServerSample>(line["STATS ".Length..])!;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private string ReadLine(string prefix)
    {
        var line = _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException($"echo server exited before '{prefix}'");
        return line.StartsWith(prefix, StringComparison.Ordinal) ? line : throw new InvalidOperationException($"echo server said '{line}', expected '{prefix}'");
    }
}
