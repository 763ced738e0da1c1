using System.Net;
using System.Net.Http.Json;
using Metaverse.Client;
using Spectre.Console;

namespace Metaverse.Benchmarks.Room;

internal sealed record RoomOptions(int Bots, int Seconds, int TickHz);

/// <summary>Figures of one room run: server tick and CPU from the server process, traffic from the bots.</summary>
internal sealed record RoomResult(
    RoomOptions Options, int Connected, int FewestAvatarsSeen, long ChatMissing, double TicksPerSecond, double SnapshotsPerSecond,
    double TickP50Ms, double TickP99Ms, double TicksSkipped, double ServerCpuPercent,
    double DownBytesPerClient, double UpBytesPerClient, double MeanBaselineAgeTicks, double BytesPerAvatarUpdate, double ServerGcPausePercent, double BotsGcPausePercent);

/// <summary>
/// One room with N headless bots (30 Hz poses, a chat line a second) against <c>metaverse-server serve</c>
/// running as its own process; the bots share this process's thread.
/// </summary>
internal static class RoomBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public static async Task<RoomResult> RunAsync(RoomOptions options, Action<string> progress)
    {
        using var server = new ServeProcess(options.TickHz);
        var api = await server.ListeningAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var udpPort = await UdpPortAsync(http, api);
        var swarm = new BotSwarm(new BotSwarmOptions
        {
            Server = new IPEndPoint(IPAddress.Loopback, udpPort),
            Api = api,
            Bots = options.Bots,
            Duration = TimeSpan.FromSeconds(options.Seconds),
            DrainTimeout = TimeSpan.FromSeconds(5),
        });

        // Server figures cover the walk (and drain), not the logins and joins before it: the window opens once the
        // bots have walked for two seconds, when the ticks that absorbed the joins (up to 200 ms each at 500) are over.
        Window? walk = null;
        System.Diagnostics.Stopwatch? walking = null;
        var report = await swarm.RunAsync(p =>
        {
            if (p.Phase == "running")
            {
                walking ??= System.Diagnostics.Stopwatch.StartNew();
                if (walk is null && walking.Elapsed >= WarmUp)
                {
                    walk = Window.Open(server.Process, PrometheusSample.ReadAsync(http, api));
                }
            }

            progress($"{p.Phase}: {p.Connected}/{p.Bots} connected, fewest avatars seen {p.AvatarsSeenMin}");
        }, http);
        var connected = report.Bots.Where(b => b.Connected).ToList();
        if (walk is null)
        {
            return new RoomResult(options, connected.Count, 0, report.Totals.ChatMissing, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        var (before, wall, cpu, botsPause) = await walk.CloseAsync(server.Process);
        var after = await PrometheusSample.ReadAsync(http, api);
        double Delta(string series) => after[series] - before[series];
        var updates = Delta("metaverse_snapshot_avatar_updates_total");
        var deltaSnapshots = Delta("metaverse_snapshots_delta_total");
        return new RoomResult(
            options, connected.Count, report.Bots.Count == 0 ? 0 : report.Bots.Min(b => b.AvatarsSeen), report.Totals.ChatMissing,
            Delta("metaverse_tick_seconds_count") / wall, connected.Count == 0 ? 0 : connected.Average(b => b.SnapshotsPerSecond),
            TickPercentileMs(before, after, 0.5), TickPercentileMs(before, after, 0.99),
            Delta("metaverse_ticks_skipped_total"), 100 * cpu / wall,
            connected.Count == 0 ? 0 : connected.Average(b => b.BytesInPerSecond), connected.Count == 0 ? 0 : connected.Average(b => b.BytesOutPerSecond),
            deltaSnapshots == 0 ? 0 : Delta("metaverse_snapshot_baseline_age_ticks_total") / deltaSnapshots,
            updates == 0 ? 0 : Delta("metaverse_snapshot_avatar_bytes_total") / updates,
            100 * Delta("metaverse_gc_pause_seconds_total") / wall, 100 * botsPause / wall);
    }

    /// <summary>
    /// The <paramref name="quantile"/> of the tick durations between two samples of the server's histogram, in
    /// milliseconds, interpolated linearly within its bucket.
    /// </summary>
    public static double TickPercentileMs(PrometheusSample before, PrometheusSample after, double quantile)
    {
        var bounds = Metaverse.Server.Hosting.TickDurations.BucketUpperMicros;
        var counts = new double[bounds.Length + 1];
        for (var i = 0; i < counts.Length; i++)
        {
            var series = $"metaverse_tick_seconds_bucket{{le=\"{(i < bounds.Length ? (bounds[i] / 1e6).ToString(System.Globalization.CultureInfo.InvariantCulture) : "+Inf")}\"}}";
            counts[i] = after[series] - before[series];
        }

        var target = quantile * counts[^1];
        var bucket = Array.FindIndex(counts, c => c >= target && c > 0);
        if (bucket < 0)
        {
            return 0;
        }

        var lower = bucket == 0 ? 0 : bounds[bucket - 1];
        var upper = bucket < bounds.Length ? bounds[bucket] : 2 * bounds[^1];
        var below = bucket == 0 ? 0 : counts[bucket - 1];
        var fraction = (target - below) / (counts[bucket] - below);
        return (lower + (fraction * (upper - lower))) / 1000;
    }

    public static Table Table(IEnumerable<RoomResult> results)
    {
        var table = new Table();
        foreach (var column in new[] { "bots", "connected", "fewest avatars seen", "chat missing", "server ticks/s", "snapshots decoded/s", "tick p50 ms", "tick p99 ms", "ticks skipped", "server CPU %", "down B/s per client", "up B/s per client", "mean baseline age (ticks)", "B per avatar update", "GC pause % server / bots" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var r in results)
        {
            table.AddRow(r.Options.Bots.ToString(), r.Connected.ToString(), r.FewestAvatarsSeen.ToString(), r.ChatMissing.ToString(), $"{r.TicksPerSecond:0.0}", $"{r.SnapshotsPerSecond:0.0}",
                $"{r.TickP50Ms:0.000}", $"{r.TickP99Ms:0.000}", $"{r.TicksSkipped:0}", $"{r.ServerCpuPercent:0}", $"{r.DownBytesPerClient:N0}", $"{r.UpBytesPerClient:N0}", $"{r.MeanBaselineAgeTicks:0.00}", $"{r.BytesPerAvatarUpdate:0.0}",
                $"{r.ServerGcPausePercent:0.0} / {r.BotsGcPausePercent:0.0}");
        }

        return table;
    }

    private static async Task<int> UdpPortAsync(HttpClient http, Uri api)
    {
        var response = await http.PostAsJsonAsync(new Uri(api, "/api/login"), new { name = "bench", role = "operator" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("udpPort").GetInt32();
    }
}

/// <summary>The start of a measured window: the server's metrics, its CPU time, the wall clock and this process's GC pause time.</summary>
internal sealed class Window(Task<PrometheusSample> metrics, TimeSpan serverCpu, TimeSpan botsPause)
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public static Window Open(System.Diagnostics.Process server, Task<PrometheusSample> metrics)
    {
        server.Refresh();
        return new Window(metrics, server.TotalProcessorTime, GC.GetTotalPauseDuration());
    }

    /// <summary>The opening sample, the window's wall time, and the server's CPU and this process's GC pause within it (seconds).</summary>
    public async Task<(PrometheusSample Before, double WallSeconds, double ServerCpuSeconds, double BotsPauseSeconds)> CloseAsync(System.Diagnostics.Process server)
    {
        var wall = _clock.Elapsed.TotalSeconds;
        server.Refresh();
        var cpu = (server.TotalProcessorTime - serverCpu).TotalSeconds;
        var pause = (GC.GetTotalPauseDuration() - botsPause).TotalSeconds;
        return (await metrics, wall, cpu, pause);
    }
}
