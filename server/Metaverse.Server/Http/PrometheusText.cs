using System.Globalization;
using System.Text;
using Metaverse.Server.Hosting;

namespace Metaverse.Server.Http;

/// <summary>Renders a <see cref="ServerSnapshot"/> in the Prometheus text exposition format (version 0.0.4).</summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Render(ServerSnapshot s)
    {
        var text = new StringBuilder();
        Metric(text, "metaverse_connections", "gauge", "Connected clients.", s.Connections);
        Metric(text, "metaverse_udp_packets_received_total", "counter", "UDP datagrams received.", s.PacketsIn);
        Metric(text, "metaverse_udp_packets_sent_total", "counter", "UDP datagrams sent.", s.PacketsOut);
        Metric(text, "metaverse_udp_bytes_received_total", "counter", "UDP bytes received.", s.BytesIn);
        Metric(text, "metaverse_udp_bytes_sent_total", "counter", "UDP bytes sent.", s.BytesOut);
        text.Append("# HELP metaverse_udp_datagrams_dropped_total Incoming datagrams dropped before LiteNetLib parsed them, by reason (docs/PROTOCOL.md).\n");
        text.Append("# TYPE metaverse_udp_datagrams_dropped_total counter\n");
        foreach (var (reason, count) in s.DropsByReason.OrderBy(pair => pair.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"metaverse_udp_datagrams_dropped_total{{reason=\"{SnakeCase(reason.ToString())}\"}} {count}\n");
        }

        Metric(text, "metaverse_udp_sends_suppressed_total", "counter", "Outgoing datagrams not sent because their destination had no session (nothing leaves unsealed).", s.SuppressedSends);
        Metric(text, "metaverse_snapshot_avatar_bytes_total", "counter", "Bytes of encoded avatar updates in snapshots sent.", s.Snapshots.AvatarBytes);
        Metric(text, "metaverse_snapshot_avatar_updates_total", "counter", "Avatar updates in snapshots sent.", s.Snapshots.AvatarUpdates);
        Metric(text, "metaverse_snapshot_twin_bytes_total", "counter", "Bytes of packed twin channel values in snapshots sent.", s.Snapshots.TwinBytes);
        Metric(text, "metaverse_snapshots_delta_total", "counter", "Snapshots sent against a baseline the client acknowledged.", s.Snapshots.DeltaSnapshots);
        Metric(text, "metaverse_snapshot_baseline_age_ticks_total", "counter", "Sum over delta snapshots of the ticks between the snapshot and its baseline (divide by metaverse_snapshots_delta_total for the mean).", s.Snapshots.BaselineAgeTicks);
        Metric(text, "metaverse_invalid_messages_total", "counter", "Client messages that failed to parse or broke a rule (ignored).", s.InvalidMessages);
        Metric(text, "metaverse_ticks_skipped_total", "counter", "Ticks skipped because the simulation fell more than 15 ticks behind.", s.LateTicksSkipped);
        GarbageCollection(text);
        text.Append("# HELP metaverse_tick_duration_seconds Duration of one fixed step of all rooms, over the last 2048 ticks.\n");
        text.Append("# TYPE metaverse_tick_duration_seconds summary\n");
        Quantile(text, "0.5", s.TickP50Micros);
        Quantile(text, "0.99", s.TickP99Micros);
        Quantile(text, "1", s.TickMaxMicros);
        TickHistogram(text, s);
        text.Append("# HELP metaverse_room_clients Clients in each room.\n# TYPE metaverse_room_clients gauge\n");
        foreach (var room in s.Rooms)
        {
            text.Append(CultureInfo.InvariantCulture, $"metaverse_room_clients{{room=\"{Escape(room.Name)}\"}} {room.Clients}\n");
        }

        text.Append("# HELP metaverse_room_twins Twins running in each room.\n# TYPE metaverse_room_twins gauge\n");
        foreach (var room in s.Rooms)
        {
            text.Append(CultureInfo.InvariantCulture, $"metaverse_room_twins{{room=\"{Escape(room.Name)}\"}} {room.Twins}\n");
        }

        text.Append("# HELP metaverse_room_twin_step_seconds_total Time spent stepping each room's twins.\n# TYPE metaverse_room_twin_step_seconds_total counter\n");
        foreach (var room in s.Rooms)
        {
            text.Append(CultureInfo.InvariantCulture, $"metaverse_room_twin_step_seconds_total{{room=\"{Escape(room.Name)}\"}} {room.TwinStepMicros / 1e6}\n");
        }

        return text.ToString();
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>The tick durations since start as a Prometheus histogram, so a scraper can take percentiles over any window.</summary>
    private static void TickHistogram(StringBuilder text, ServerSnapshot s)
    {
        if (s.TickBuckets.Count == 0)
        {
            return;
        }

        text.Append("# HELP metaverse_tick_seconds Duration of one fixed step of all rooms, since start.\n# TYPE metaverse_tick_seconds histogram\n");
        var bounds = TickDurations.BucketUpperMicros;
        for (var i = 0; i < s.TickBuckets.Count; i++)
        {
            var le = i < bounds.Length ? (bounds[i] / 1e6).ToString(CultureInfo.InvariantCulture) : "+Inf";
            text.Append(CultureInfo.InvariantCulture, $"metaverse_tick_seconds_bucket{{le=\"{le}\"}} {s.TickBuckets[i]}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"metaverse_tick_seconds_sum {s.TickSumMicros / 1e6}\nmetaverse_tick_seconds_count {s.TickBuckets[^1]}\n");
    }

    /// <summary>The process's .NET garbage collector: collections per generation, total pause time and bytes allocated.</summary>
    private static void GarbageCollection(StringBuilder text)
    {
        text.Append("# HELP metaverse_gc_collections_total Garbage collections of each generation since start.\n# TYPE metaverse_gc_collections_total counter\n");
        for (var generation = 0; generation <= GC.MaxGeneration; generation++)
        {
            text.Append(CultureInfo.InvariantCulture, $"metaverse_gc_collections_total{{generation=\"{generation}\"}} {GC.CollectionCount(generation)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"# HELP metaverse_gc_pause_seconds_total Time the garbage collector paused the process since start.\n# TYPE metaverse_gc_pause_seconds_total counter\nmetaverse_gc_pause_seconds_total {GC.GetTotalPauseDuration().TotalSeconds}\n");
        Metric(text, "metaverse_gc_allocated_bytes_total", "counter", "Bytes allocated on the managed heap since start.", GC.GetTotalAllocatedBytes());
    }

    private static void Metric(StringBuilder text, string name, string type, string help, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} {type}\n{name} {value}\n");

    private static void Quantile(StringBuilder text, string quantile, long micros) =>
        text.Append(CultureInfo.InvariantCulture, $"metaverse_tick_duration_seconds{{quantile=\"{quantile}\"}} {micros / 1e6}\n");

    private static string Escape(string label) => label.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
