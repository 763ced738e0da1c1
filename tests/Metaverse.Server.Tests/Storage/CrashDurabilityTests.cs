using System.Diagnostics;
using Metaverse.Server.Storage;

namespace Metaverse.Server.Tests.Storage;

public sealed class CrashDurabilityTests : IDisposable
{
    private const int AcksBeforeKill = 300;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Every_acknowledged_record_survives_sigkill_and_the_chain_still_verifies()
    {
        using var timeout = new CancellationTokenSource(Budget);
        var acked = new List<long>();
        var stderr = new System.Text.StringBuilder();
        using (var process = StartAppendStress())
        {
            process.ErrorDataReceived += (_, e) =>
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            };
            process.BeginErrorReadLine();
            try
            {
                while (acked.Count < AcksBeforeKill)
                {
                    var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                        ?? throw new InvalidOperationException($"append-stress ended after {acked.Count} ACKs (exit {ExitCode(process)}); stderr: {stderr}");
                    Assert.StartsWith("ACK ", line, StringComparison.Ordinal);
                    acked.Add(long.Parse(line.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"only {acked.Count} of {AcksBeforeKill} ACKs within {Budget.TotalSeconds} s; stderr: {stderr}");
            }
            finally
            {
                process.Kill();
                await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
            }

            Assert.NotEqual(0, process.ExitCode);
        }

        var verdict = AuditVerifier.Verify(_db.Path);
        var ok = Assert.IsType<AuditVerification.Ok>(verdict);
        Assert.True(ok.RecordCount < 100_000, "the process was killed before it finished, so the test proves nothing");
        Assert.True(ok.RecordCount >= acked.Max(), $"ACKed seq {acked.Max()} but the file holds only {ok.RecordCount} records");
        var present = new AuditReader(_db.Path).Query(new AuditFilter { Limit = AuditFilter.MaxLimit })
            .Select(e => e.Seq).ToHashSet();
        Assert.All(acked, seq => Assert.Contains(seq, present));
    }

    private Process StartAppendStress()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "metaverse-server.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing; the test project must reference Metaverse.Server");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "audit", "append-stress", "--db", _db.Path, "--count", "100000" })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }

    /// <summary>The dotnet host running the tests (set by the SDK), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    private static string ExitCode(Process process) => process.HasExited ? process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "still running";
}
