using System.Diagnostics;
using System.Net;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Simulation;
using Spectre.Console;

namespace Metaverse.Server.Demo;

/// <summary>
/// Runs the transport demo: a relay server and N clients, each host behind its own seeded network
/// simulator. Exit code 0 when every chat message reached every other client exactly once, in order.
/// </summary>
internal sealed class TransportDemo(TransportDemoOptions options)
{
    private static readonly TimeSpan PoseInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(15);
    private readonly List<NetHost> _hosts = [];
    private readonly List<DemoClient> _clients = [];

    public int Run()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 120;
        }

        try
        {
            return RunRoom();
        }
        finally
        {
            foreach (var host in _hosts)
            {
                host.Dispose();
            }
        }
    }

    private int RunRoom()
    {
        var server = Start(new NetConfig { AcceptIncoming = true }, new DemoRoom(), options.Seed);
        AnsiConsole.MarkupLine($"[bold]Transport demo[/]: server on {server.LocalEndPoint}, {options.Clients} clients, link: {options.Loss:P0} loss, {options.LatencyMs}±{options.JitterMs} ms one way (seed {options.Seed}).");
        AnsiConsole.MarkupLine("Each client sends a pose at 20 Hz (Sequenced) and a chat line every second (ReliableOrdered); the server relays both to everyone else.");
        for (var i = 0; i < options.Clients; i++)
        {
            var client = new DemoClient(i);
            _clients.Add(client);
            Start(new NetConfig(), client, options.Seed + 1 + i).Connect(server.LocalEndPoint);
        }

        if (!PumpUntil(() => _clients.All(c => c.Server?.State == PeerState.Connected), TimeSpan.FromSeconds(10)))
        {
            AnsiConsole.MarkupLine("[red]Not every client connected within 10 s.[/]");
            return 1;
        }

        Talk();
        var drained = PumpUntil(() => _clients.All(c => c.ChatsMissingFrom(_clients) == 0), DrainLimit);
        AnsiConsole.Write(StatusTable("Final figures"));
        return Verdict(drained, server);
    }

    private NetHost Start(NetConfig config, INetEventListener listener, int seed)
    {
        var conditions = new NetworkConditions
        {
            LossRate = options.Loss,
            Latency = TimeSpan.FromMilliseconds(options.LatencyMs),
            Jitter = TimeSpan.FromMilliseconds(options.JitterMs),
            Seed = seed,
        };
        var host = NetHost.Start(config, listener, new IPEndPoint(IPAddress.Loopback, 0), conditions);
        _hosts.Add(host);
        return host;
    }

    private void Talk()
    {
        var clock = Stopwatch.StartNew();
        var nextPose = TimeSpan.Zero;
        var nextReport = TimeSpan.FromSeconds(1);
        var tick = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(options.Seconds))
        {
            if (clock.Elapsed >= nextPose)
            {
                nextPose += PoseInterval;
                _clients.ForEach(c => c.SendPose(tick));
                if (tick++ % 20 == 0)
                {
                    _clients.ForEach(c => c.SendChat());
                }
            }

            if (clock.Elapsed >= nextReport)
            {
                nextReport += TimeSpan.FromSeconds(1);
                ReportProgress(clock.Elapsed);
            }

            PumpOnce();
        }
    }

    private void ReportProgress(TimeSpan elapsed)
    {
        var sent = _clients.Sum(c => c.ChatsSent) * (options.Clients - 1);
        var received = _clients.Sum(c => c.ChatsReceived);
        var rtt = _clients.Average(c => c.Server!.Rtt.TotalMilliseconds);
        var resent = _clients.Sum(c => c.Server!.Statistics.MessagesResent);
        AnsiConsole.MarkupLine($"[grey]{elapsed.TotalSeconds,4:0}s[/] chat delivered {received}/{sent}, mean RTT {rtt:0} ms, resent {resent}, poses received {_clients.Sum(c => c.PosesReceived)}");
    }

    private Table StatusTable(string title)
    {
        var table = new Table { Title = new TableTitle(title) };
        foreach (var column in new[] { "client", "RTT ms", "jitter", "loss%", "resent", "chat in", "missing", "disorder", "poses" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var client in _clients)
        {
            var peer = client.Server!;
            table.AddRow(
                client.Number.ToString(), $"{peer.Rtt.TotalMilliseconds:0.0}", $"{peer.Jitter.TotalMilliseconds:0.0}",
                $"{peer.Statistics.PacketLossPercent:0.0}", peer.Statistics.MessagesResent.ToString(),
                client.ChatsReceived.ToString(), client.ChatsMissingFrom(_clients).ToString(),
                client.ChatsOutOfOrder.ToString(), client.PosesReceived.ToString());
        }

        return table;
    }

    private int Verdict(bool drained, NetHost server)
    {
        var failures = _clients.Where(c => c.Failure is not null || c.ChatsOutOfOrder > 0).ToList();
        var expected = _clients.Sum(c => c.ChatsSent) * (options.Clients - 1);
        AnsiConsole.MarkupLine($"Server: {server.Statistics}");
        if (drained && failures.Count == 0)
        {
            AnsiConsole.MarkupLine($"[green]OK[/]: all {expected} chat messages reached every other client exactly once and in order, despite {options.Loss:P0} loss.");
            return 0;
        }

        AnsiConsole.MarkupLine($"[red]FAILED[/]: drained={drained}; {string.Join("; ", failures.Select(f => $"client {f.Number}: {f.Failure ?? $"{f.ChatsOutOfOrder} out of order"}"))}");
        return 1;
    }

    private bool PumpUntil(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                return false;
            }

            PumpOnce();
        }

        return true;
    }

    private void PumpOnce()
    {
        var handled = _hosts.Sum(h => h.Poll());
        if (handled == 0)
        {
            Thread.Sleep(1);
        }
    }
}
