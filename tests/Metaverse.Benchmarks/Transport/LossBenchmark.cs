using System.Diagnostics;
using System.Net;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Simulation;
using Spectre.Console;

namespace Metaverse.Benchmarks.Transport;

internal sealed record LossOptions(double Loss, int LatencyMs, int Seconds, int MessageBytes, bool Sealed = true);

internal sealed record LossResult(LossOptions Options, double Seconds, long BytesDelivered, long PacketsLost, double Rtt, double CpuMilliseconds)
{
    public double MegabytesPerSecond => BytesDelivered / Seconds / 1e6;
}

/// <summary>
/// One connection, one ReliableOrdered stream kept full, both directions through the simulator with
/// the given loss and latency; measures goodput (bytes delivered to the application per second).
/// </summary>
internal static class LossBenchmark
{
    public static LossResult Run(LossOptions options)
    {
        var receiver = new CountingReceiver();
        var conditions = new NetworkConditions { LossRate = options.Loss, Latency = TimeSpan.FromMilliseconds(options.LatencyMs), Seed = 7 };
        var config = new NetConfig { Seal = options.Sealed };
        using var server = NetHost.Start(config with { AcceptIncoming = true }, receiver, new IPEndPoint(IPAddress.Loopback, 0), conditions);
        using var client = NetHost.Start(config, new CountingReceiver(), new IPEndPoint(IPAddress.Loopback, 0), conditions with { Seed = 8 });
        var peer = client.Connect(server.LocalEndPoint, BenchmarkKeys.Token, BenchmarkKeys.Keys);
        var clock = Stopwatch.StartNew();
        while (peer.State != PeerState.Connected)
        {
            Pump(server, client);
            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException("loss benchmark could not connect");
            }
        }

        var message = new byte[options.MessageBytes];
        Feed(server, client, peer, message, TimeSpan.FromSeconds(1));
        var startBytes = receiver.Bytes;
        var startLost = peer.Statistics.PacketsLost;
        var startCpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        Feed(server, client, peer, message, TimeSpan.FromSeconds(options.Seconds));
        return new LossResult(options, clock.Elapsed.TotalSeconds, receiver.Bytes - startBytes, peer.Statistics.PacketsLost - startLost,
            peer.Rtt.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - startCpu).TotalMilliseconds);
    }

    public static Table Table(IEnumerable<LossResult> results)
    {
        var table = new Table();
        foreach (var column in new[] { "loss", "sealed", "one-way latency ms", "goodput MB/s", "RTT ms", "packets lost", "CPU ns per delivered KB" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var r in results)
        {
            table.AddRow($"{r.Options.Loss:P0}", r.Options.Sealed ? "yes" : "no", r.Options.LatencyMs.ToString(), $"{r.MegabytesPerSecond:0.00}", $"{r.Rtt:0.0}",
                r.PacketsLost.ToString(), $"{r.CpuMilliseconds * 1e6 / Math.Max(1, r.BytesDelivered / 1000.0):0}");
        }

        return table;
    }

    /// <summary>Keeps about 1 MB queued so the stream is never application-limited.</summary>
    private static void Feed(NetHost server, NetHost client, NetPeer peer, byte[] message, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            while (peer.Send(message, DeliveryMethod.ReliableOrdered) == SendResult.Queued && peer.Inner.GetPacketsCountInReliableQueue(0, true) < 1_000)
            {
            }

            Pump(server, client);
        }
    }

    private static void Pump(NetHost server, NetHost client)
    {
        if (server.Poll() + client.Poll() == 0)
        {
            Thread.Yield();
        }
    }

    private sealed class CountingReceiver : INetEventListener
    {
        public long Bytes { get; private set; }

        public void OnConnectionRequest(ConnectionRequest request) => request.Accept(BenchmarkKeys.Keys);

        public void OnPeerConnected(NetPeer peer)
        {
        }

        public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info)
        {
        }

        public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel) => Bytes += message.Length;
    }
}
