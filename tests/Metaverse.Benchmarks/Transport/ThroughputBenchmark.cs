using System.Diagnostics;
using System.Net;
using Metaverse.Shared.Net;
using Spectre.Console;

namespace Metaverse.Benchmarks.Transport;

internal sealed record ThroughputOptions(int Clients, DeliveryMethod Method, int Seconds, int InFlight, int MessageBytes, bool Sealed = true);

/// <summary>Figures of one throughput run; rates are per second of the measurement window.</summary>
internal sealed record ThroughputResult(ThroughputOptions Options, double Seconds, ServerSample Server, long RoundTrips, long P50Micros, long P99Micros)
{
    public double ServerMessagesInPerSecond => Server.MessagesIn / Seconds;

    public double ServerMessagesOutPerSecond => Server.MessagesOut / Seconds;

    public double ServerBytesPerSecond => (Server.BytesIn + Server.BytesOut) / Seconds;

    public double ServerCpuMicrosPerMessage => 1000 * Server.CpuMilliseconds / Math.Max(1, Server.MessagesIn + Server.MessagesOut);

    public double ServerAllocatedBytesPerMessage => (double)Server.AllocatedBytes / Math.Max(1, Server.MessagesIn + Server.MessagesOut);

    public double MessagesPerDatagram => (double)(Server.MessagesIn + Server.MessagesOut) / Math.Max(1, Server.PacketsIn + Server.PacketsOut);
}

/// <summary>
/// Many clients (each its own real socket, all polled from this thread) against the echo server in a
/// separate process: connect, warm up for a second, then measure.
/// </summary>
internal static class ThroughputBenchmark
{
    public static ThroughputResult Run(ThroughputOptions options, Action<string> progress)
    {
        using var server = new ServerProcess(options.Sealed);
        var latencies = new LatencyHistogram();
        var clients = new List<PingPongClient>();
        var hosts = new List<NetHost>();
        try
        {
            var endpoint = new IPEndPoint(IPAddress.Loopback, server.Port);
            for (var i = 0; i < options.Clients; i++)
            {
                var client = new PingPongClient(options.Method, options.MessageBytes, options.InFlight, latencies);
                var host = NetHost.Start(new NetConfig { Seal = options.Sealed }, client, new IPEndPoint(IPAddress.Loopback, 0));
                host.Connect(endpoint, BenchmarkKeys.Token, BenchmarkKeys.Keys);
                clients.Add(client);
                hosts.Add(host);
            }

            progress($"connecting {options.Clients} clients");
            PumpUntil(hosts, () => clients.All(c => c.Server?.State == PeerState.Connected), TimeSpan.FromSeconds(30));
            clients.ForEach(c => c.Prime());
            progress("warming up");
            PumpFor(hosts, clients, options, TimeSpan.FromSeconds(1));
            server.Mark();
            latencies.Clear();
            clients.ForEach(c => c.RoundTrips = 0);
            progress($"measuring for {options.Seconds} s");
            var clock = Stopwatch.StartNew();
            PumpFor(hosts, clients, options, TimeSpan.FromSeconds(options.Seconds));
            var lost = clients.FirstOrDefault(c => c.Lost is not null);
            if (lost is not null)
            {
                throw new InvalidOperationException($"a benchmark client lost its server during the run: {lost.Lost}");
            }

            var sample = server.Stop();
            return new ThroughputResult(options, clock.Elapsed.TotalSeconds, sample, clients.Sum(c => c.RoundTrips), latencies.Percentile(0.5), latencies.Percentile(0.99));
        }
        finally
        {
            hosts.ForEach(h => h.Dispose());
        }
    }

    public static Table Table(IEnumerable<ThroughputResult> results)
    {
        var table = new Table();
        foreach (var column in new[] { "clients", "method", "in flight", "server msg/s in", "msg/s out", "MB/s", "msgs/datagram", "RTT p50 µs", "RTT p99 µs", "CPU µs/msg", "alloc B/msg" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var r in results)
        {
            table.AddRow(
                r.Options.Clients.ToString(), r.Options.Method.ToString(), r.Options.InFlight.ToString(), $"{r.ServerMessagesInPerSecond:N0}", $"{r.ServerMessagesOutPerSecond:N0}",
                $"{r.ServerBytesPerSecond / 1e6:0.0}", $"{r.MessagesPerDatagram:0.0}", r.P50Micros.ToString(), r.P99Micros.ToString(),
                $"{r.ServerCpuMicrosPerMessage:0.00}", $"{r.ServerAllocatedBytesPerMessage:0.0}");
        }

        return table;
    }

    private static void PumpUntil(List<NetHost> hosts, Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"benchmark clients did not connect within {limit.TotalSeconds} s");
            }

            PumpOnce(hosts);
        }
    }

    /// <summary>Pumps; unreliable clients whose messages were all lost are primed again every quarter second.</summary>
    private static void PumpFor(List<NetHost> hosts, List<PingPongClient> clients, ThroughputOptions options, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var lastCounts = clients.Select(c => c.RoundTrips).ToArray();
        var nextCheck = TimeSpan.FromMilliseconds(250);
        while (clock.Elapsed < duration)
        {
            PumpOnce(hosts);
            if (options.Method >= DeliveryMethod.ReliableUnordered || clock.Elapsed < nextCheck)
            {
                continue;
            }

            nextCheck += TimeSpan.FromMilliseconds(250);
            for (var i = 0; i < clients.Count; i++)
            {
                if (clients[i].RoundTrips == lastCounts[i])
                {
                    clients[i].Prime();
                }

                lastCounts[i] = clients[i].RoundTrips;
            }
        }
    }

    private static void PumpOnce(List<NetHost> hosts)
    {
        var handled = 0;
        foreach (var host in hosts)
        {
            handled += host.Poll();
        }

        if (handled == 0)
        {
            Thread.Yield();
        }
    }
}
