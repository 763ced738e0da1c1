using System.Net;
using System.Net.Http.Json;
using Metaverse.Client;
using Spectre.Console;

namespace Metaverse.Benchmarks.Room;

internal sealed record RoomOptions(int Bots, int Seconds, int TickHz);

/// <summary>Figures of one room run: server tick and CPU from the server process, traffic from the bots.</summary>
internal sealed record RoomResult(
    RoomOptions Options, int Connected, int FewestAvatarsSeen, long ChatMissing, double SnapshotsPerSecond,
    double TickP50Ms, double TickP99Ms, double TicksSkipped, double ServerCpuPercent,
    double DownBytesPerClient, double UpBytesPerClient, double BytesPerAvatarUpdate, double ServerGcPausePercent, double BotsGcPausePercent);

/// <summary>
/// One room with N headless bots (30 Hz poses, a chat line a second) against <c>metaverse-server serve</c>
/// running as its own process; the bots share this process's thread.
/// </summary>
internal static class RoomBenchmark
{
    public static async Task<RoomResult> RunAsync(RoomOptions options, Action<string> progress)
    {
        using var server = new ServeProcess(options.TickHz);
        var api = await server.ListeningAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var udpPort = await UdpPortAsync(http, api);
        var before = await PrometheusSample.ReadAsync(http, api);
        var cpuBefore = server.Process.TotalProcessorTime;
        var botsPauseBefore = GC.GetTotalPauseDuration();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var swarm = new BotSwarm(new BotSwarmOptions
        {
            Server = new IPEndPoint(IPAddress.Loopback, udpPort),
            Api = api,
            Bots = options.Bots,
            Duration = TimeSpan.FromSeconds(options.Seconds),
            DrainTimeout = TimeSpan.FromSeconds(5),
        });
        var report = await swarm.RunAsync(p => progress($"{p.Phase}: {p.Connected}/{p.Bots} connected, fewest avatars seen {p.AvatarsSeenMin}"), http);
        server.Process.Refresh();
        var wall = clock.Elapsed.TotalSeconds;
        var cpu = (server.Process.TotalProcessorTime - cpuBefore).TotalSeconds / wall;
        var botsPause = (GC.GetTotalPauseDuration() - botsPauseBefore).TotalSeconds / wall;
        var after = await PrometheusSample.ReadAsync(http, api);
        var updates = after["metaverse_snapshot_avatar_updates_total"] - before["metaverse_snapshot_avatar_updates_total"];
        var connected = report.Bots.Where(b => b.Connected).ToList();
        return new RoomResult(
            options, connected.Count, report.Bots.Count == 0 ? 0 : report.Bots.Min(b => b.AvatarsSeen), report.Totals.ChatMissing,
            connected.Count == 0 ? 0 : connected.Average(b => b.SnapshotsPerSecond),
            1000 * after["metaverse_tick_duration_seconds{quantile=\"0.5\"}"], 1000 * after["metaverse_tick_duration_seconds{quantile=\"0.99\"}"],
            after["metaverse_ticks_skipped_total"], 100 * cpu,
            connected.Count == 0 ? 0 : connected.Average(b => b.BytesInPerSecond), connected.Count == 0 ? 0 : connected.Average(b => b.BytesOutPerSecond),
            updates == 0 ? 0 : (after["metaverse_snapshot_avatar_bytes_total"] - before["metaverse_snapshot_avatar_bytes_total"]) / updates,
            100 * (after["metaverse_gc_pause_seconds_total"] - before["metaverse_gc_pause_seconds_total"]) / wall, 100 * botsPause);
    }

    public static Table Table(IEnumerable<RoomResult> results)
    {
        var table = new Table();
        foreach (var column in new[] { "bots", "connected", "fewest avatars seen", "chat missing", "snapshots/s", "tick p50 ms", "tick p99 ms", "ticks skipped", "server CPU %", "down B/s per client", "up B/s per client", "B per avatar update", "GC pause % server / bots" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var r in results)
        {
            table.AddRow(r.Options.Bots.ToString(), r.Connected.ToString(), r.FewestAvatarsSeen.ToString(), r.ChatMissing.ToString(), $"{r.SnapshotsPerSecond:0.0}",
                $"{r.TickP50Ms:0.000}", $"{r.TickP99Ms:0.000}", $"{r.TicksSkipped:0}", $"{r.ServerCpuPercent:0}", $"{r.DownBytesPerClient:N0}", $"{r.UpBytesPerClient:N0}", $"{r.BytesPerAvatarUpdate:0.0}",
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
