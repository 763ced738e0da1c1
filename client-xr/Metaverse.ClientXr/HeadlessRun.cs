using System.Globalization;
using System.Net;
using Metaverse.Client;
using Metaverse.Shared.Net.Simulation;
using Spectre.Console;

namespace Metaverse.ClientXr;

/// <summary>The validated flags of <c>--mode headless</c>.</summary>
internal sealed record HeadlessOptions(IPEndPoint Server, Uri Api, string Name, int Bots, int DurationSeconds, bool Json, double Loss, int LatencyMs, System.Numerics.Vector3 WalkCentre, float WalkExtent);

/// <summary>
/// <c>--mode headless</c>: runs a <see cref="BotSwarm"/>, a progress line per second on stderr, then the report
/// (a table, or one JSON object on stdout). Exit code 0 when every bot connected and no chat line is missing.
/// </summary>
internal static class HeadlessRun
{
    public static async Task<int> RunAsync(HeadlessOptions options, CancellationToken cancellationToken)
    {
        var conditions = options.Loss > 0 || options.LatencyMs > 0
            ? new NetworkConditions { LossRate = options.Loss, Latency = TimeSpan.FromMilliseconds(options.LatencyMs), Seed = 1 }
            : null;
        var swarm = new BotSwarm(new BotSwarmOptions
        {
            Server = options.Server,
            Api = options.Api,
            Name = options.Name,
            Bots = options.Bots,
            Duration = TimeSpan.FromSeconds(options.DurationSeconds),
            Conditions = conditions,
            WalkCentre = options.WalkCentre,
            WalkExtent = options.WalkExtent,
        });
        Console.Error.WriteLine(
            $"metaverse-client headless: {options.Bots} bot(s) named {options.Name}, server {options.Server}, API {options.Api}, {options.DurationSeconds} s"
            + (conditions is null ? string.Empty : $", simulated on what bots send: {options.Loss:P0} loss, {options.LatencyMs} ms latency"));

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var report = await swarm.RunAsync(WriteProgress, http, cancellationToken).ConfigureAwait(false);

        foreach (var error in report.Bots.Where(b => b.Error is not null).GroupBy(b => b.Error).Take(10))
        {
            Console.Error.WriteLine($"{error.Count()} bot(s): {error.Key}");
        }

        if (options.Json)
        {
            Console.Out.WriteLine(report.ToJson());
        }
        else
        {
            WriteTable(report);
        }

        var t = report.Totals;
        Console.Error.WriteLine(report.Ok
            ? $"OK: {t.Connected}/{t.Bots} bots connected, every chat line delivered ({t.ChatReceived} received)."
            : $"FAILED: {t.Connected}/{t.Bots} bots connected, {t.ChatMissing} chat line(s) missing.");
        return report.Ok ? 0 : 1;
    }

    private static void WriteProgress(SwarmProgress p) =>
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[{p.Elapsed.TotalSeconds,5:0} s] {p.Phase,-10} {p.Connected}/{p.Bots} bots connected, avatars seen (fewest) {p.AvatarsSeenMin}, chat delivered {p.ChatDelivered}/{p.ChatExpected}"));

    private static void WriteTable(SwarmReport report)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 160;
        }

        var table = new Table().Title("Bots");
        foreach (var column in new[] { "bot", "ok", "avatars", "twin ch", "snap/s", "delay ms", "RTT ms", "in B/s", "out B/s", "chat sent", "chat recv", "missing", "out of order" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        foreach (var b in report.Bots)
        {
            table.AddRow(
                Markup.Escape(b.Name), b.Connected ? "[green]yes[/]" : $"[red]{Markup.Escape(b.Error ?? "no")}[/]",
                b.AvatarsSeen.ToString(CultureInfo.InvariantCulture), b.TwinChannels.ToString(CultureInfo.InvariantCulture), F(b.SnapshotsPerSecond), F(b.InterpolationDelayMs), F(b.RttMs),
                F(b.BytesInPerSecond), F(b.BytesOutPerSecond), b.ChatSent.ToString(CultureInfo.InvariantCulture),
                b.ChatReceived.ToString(CultureInfo.InvariantCulture), b.ChatMissing.ToString(CultureInfo.InvariantCulture),
                b.ChatOutOfOrder.ToString(CultureInfo.InvariantCulture));
        }

        var t = report.Totals;
        table.AddRow(
            "[bold]total[/]", $"{t.Connected}/{t.Bots}", t.AvatarsSeen.ToString(CultureInfo.InvariantCulture), t.TwinChannels.ToString(CultureInfo.InvariantCulture), F(t.SnapshotsPerSecond),
            F(t.InterpolationDelayMs), F(t.RttMs), F(t.BytesInPerSecond), F(t.BytesOutPerSecond),
            t.ChatSent.ToString(CultureInfo.InvariantCulture), t.ChatReceived.ToString(CultureInfo.InvariantCulture),
            t.ChatMissing.ToString(CultureInfo.InvariantCulture), t.ChatOutOfOrder.ToString(CultureInfo.InvariantCulture));
        table.Caption($"{F(t.DurationSeconds)} s run, {F(t.DrainSeconds)} s drain; rates, delay and RTT are means over connected bots (total row), bytes are sums");
        AnsiConsole.Write(table);
    }
}
