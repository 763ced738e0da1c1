using System.Globalization;
using System.Text;
using Metaverse.Benchmarks.Transport;

namespace Metaverse.Benchmarks;

/// <summary>The suite's figures as Markdown tables, with the machine they were measured on.</summary>
internal static class MarkdownReport
{
    public static string Build(IReadOnlyList<ThroughputResult> throughput, IReadOnlyList<LossResult> losses)
    {
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.AppendLine(c, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}.");
        md.AppendLine();
        md.AppendLine("| clients | method | in flight per client | server msg/s in | server msg/s out | MB/s | msgs/datagram | RTT p50 µs | RTT p99 µs | server CPU µs/msg | server alloc B/msg |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in throughput)
        {
            md.AppendLine(c, $"| {r.Options.Clients} | {r.Options.Method} | {r.Options.InFlight} | {r.ServerMessagesInPerSecond:N0} | {r.ServerMessagesOutPerSecond:N0} | {r.ServerBytesPerSecond / 1e6:0.0} | {r.MessagesPerDatagram:0.0} | {r.P50Micros} | {r.P99Micros} | {r.ServerCpuMicrosPerMessage:0.00} | {r.ServerAllocatedBytesPerMessage:0.0} |");
        }

        md.AppendLine();
        md.AppendLine("| loss each way | sealed | one-way latency ms | goodput MB/s | RTT ms | packets lost | CPU ns per delivered KB |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in losses)
        {
            md.AppendLine(c, $"| {r.Options.Loss:P0} | {(r.Options.Sealed ? "yes" : "no")} | {r.Options.LatencyMs} | {r.MegabytesPerSecond:0.00} | {r.Rtt:0.0} | {r.PacketsLost} | {r.CpuMilliseconds * 1e6 / Math.Max(1, r.BytesDelivered / 1000.0):0} |");
        }

        return md.ToString();
    }
}
