using System.Diagnostics;
using System.Net;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Simulation;
using Spectre.Console;

namespace Metaverse.Benchmarks.Transport;

internal sealed record LossOptions(double Loss, int LatencyMs, int Seconds, int MessageBytes, double LossTolerance = 0.03);

internal sealed record LossResult(LossOptions Options, double Seconds, long BytesDelivered, long Resent, long CongestionEvents, int FinalWindowBytes, double Rtt)
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
        var config = new NetConfig { CongestionLossTolerance = options.LossTolerance };
        using var server = NetHost.Start(config with { AcceptIncoming = true }, receiver, new IPEndPoint(IPAddress.Loopback, 0), conditions);
        using var client = NetHost.Start(config, new CountingReceiver(), new IPEndPoint(IPAddress.Loopback, 0), conditions with { Seed = 8 });
        var peer = client.Connect(server.LocalEndPoint);
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
        var startResent = peer.Statistics.MessagesResent;
        var startEvents = peer.CongestionEvents;
        clock.Restart();
        Feed(server, client, peer, message, TimeSpan.FromSeconds(options.Seconds));
        return new LossResult(options, clock.Elapsed.TotalSeconds, receiver.Bytes - startBytes, peer.Statistics.MessagesResent - startResent,
            peer.CongestionEvents - startEvents, peer.CongestionWindowBytes, peer.Rtt.TotalMilliseconds);
    }

    public static Table Table(IEnumerable<LossResult> results)
    {
        var table = new Table();
        foreach (var column in new[] { "loss", "tolerance", "one-way latency ms", "goodput MB/s", "RTT ms", "resent msgs", "window cuts", "final window KiB" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var r in results)
        {
            table.AddRow($"{r.Options.Loss:P0}", $"{r.Options.LossTolerance:P0}", r.Options.LatencyMs.ToString(), $"{r.MegabytesPerSecond:0.00}", $"{r.Rtt:0.0}",
                r.Resent.ToString(), r.CongestionEvents.ToString(), $"{r.FinalWindowBytes / 1024.0:0}");
        }

        return table;
    }

    /// <summary>Keeps about 1 MB queued so the stream is never application-limited.</summary>
    private static void Feed(NetHost server, NetHost client, NetPeer peer, byte[] message, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            while (peer.QueuedBytes < 1_000_000)
            {
                peer.Send(message, DeliveryMethod.ReliableOrdered);
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

        public void OnConnectionRequest(ConnectionRequest request) => request.Accept();

        public void OnPeerConnected(NetPeer peer)
        {
        }

        public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info)
        {
        }

        public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel) => Bytes += message.Length;
    }
}
