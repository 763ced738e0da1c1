using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Metaverse.Shared.Net;

namespace Metaverse.Benchmarks.Transport;

/// <summary>
/// The benchmark's server process: echoes every message back on the same method and channel. Talks to
/// the parent over stdio: prints "READY port", answers "MARK" (start of measurement) with "MARKED" and
/// "STOP" with "STATS {json}" holding the deltas since the mark.
/// </summary>
internal sealed class EchoServer : INetEventListener
{
    private volatile string? _command;

    /// <summary>Messages echoed (each received once, sent once), counted here: LiteNetLib counts datagrams, not messages.</summary>
    public long Echoed { get; private set; }

    public static int Run(bool @sealed)
    {
        var server = new EchoServer();
        // Every benchmark client connects from 127.0.0.1.
        using var host = NetHost.Start(new NetConfig { AcceptIncoming = true, MaxConnections = 4096, MaxSessionsPerAddress = 4096, Seal = @sealed }, server, new IPEndPoint(IPAddress.Loopback, 0));
        Console.WriteLine($"READY {host.LocalEndPoint.Port}");
        var reader = new Thread(() => server.ReadCommands()) { IsBackground = true };
        reader.Start();
        var mark = ServerSample.Take(host, server.Echoed);
        while (true)
        {
            host.Poll(TimeSpan.FromMilliseconds(1));
            var command = Interlocked.Exchange(ref server._command, null);
            if (command == "MARK")
            {
                mark = ServerSample.Take(host, server.Echoed);
                Console.WriteLine("MARKED");
            }
            else if (command is "STOP" or "EOF")
            {
                Console.WriteLine("STATS " + JsonSerializer.Serialize(ServerSample.Take(host, server.Echoed).Minus(mark)));
                return 0;
            }
        }
    }

    public void OnConnectionRequest(ConnectionRequest request) => request.Accept(BenchmarkKeys.Keys);

    public void OnPeerConnected(NetPeer peer)
    {
    }

    public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info)
    {
    }

    public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
    {
        peer.Send(message, method, channel);
        Echoed++;
    }

    private void ReadCommands()
    {
        while (true)
        {
            var line = Console.ReadLine();
            _command = line ?? "EOF";
            if (line is null or "STOP")
            {
                return;
            }

            while (_command is not null)
            {
                Thread.Sleep(1);
            }
        }
    }
}

/// <summary>Counters of the server process at one moment; <see cref="Minus"/> gives a measurement window.</summary>
internal sealed record ServerSample(
    long MessagesIn, long MessagesOut, long BytesIn, long BytesOut, long PacketsIn, long PacketsOut,
    double CpuMilliseconds, long AllocatedBytes, int GcCount, int Connected)
{
    public static ServerSample Take(NetHost host, long echoed)
    {
        var s = host.Statistics;
        return new ServerSample(
            echoed, echoed, s.BytesReceived, s.BytesSent, s.PacketsReceived, s.PacketsSent,
            Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds, GC.GetTotalAllocatedBytes(true),
            GC.CollectionCount(0), host.ConnectedCount);
    }

    public ServerSample Minus(ServerSample start) => new(
        MessagesIn - start.MessagesIn, MessagesOut - start.MessagesOut, BytesIn - start.BytesIn, BytesOut - start.BytesOut,
        PacketsIn - start.PacketsIn, PacketsOut - start.PacketsOut, CpuMilliseconds - start.CpuMilliseconds,
        AllocatedBytes - start.AllocatedBytes, GcCount - start.GcCount, Connected);
}
