using System.Diagnostics;
using System.Net;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Simulation;

namespace Metaverse.Shared.Tests.Net;

/// <summary>
/// Real hosts on real loopback sockets (OS-assigned ports), optionally behind the network simulator,
/// pumped from the test thread. Every wait has a deadline and fails loudly with what was awaited.
/// </summary>
internal sealed class LoopbackNetwork : IDisposable
{
    private readonly List<NetHost> _hosts = [];
    private readonly HashSet<NetHost> _silenced = [];
    private readonly List<RecordingRelay> _relays = [];

    public static NetConfig ServerConfig { get; } = new() { AcceptIncoming = true };

    public static NetConfig ClientConfig { get; } = new();

    public NetHost StartHost(NetConfig config, INetEventListener listener, NetworkConditions? conditions = null)
    {
        var host = NetHost.Start(config, listener, new IPEndPoint(IPAddress.Loopback, 0), conditions);
        _hosts.Add(host);
        return host;
    }

    /// <summary>A recording relay in front of <paramref name="server"/>, pumped with the hosts.</summary>
    public RecordingRelay AddRelay(NetHost server)
    {
        var relay = new RecordingRelay(server.LocalEndPoint);
        _relays.Add(relay);
        return relay;
    }

    /// <summary>Pumps and disposes a host made elsewhere.</summary>
    public void Adopt(NetHost host) => _hosts.Add(host);

    /// <summary>Starts a server and one client and connects them.</summary>
    public (NetHost Server, RecordingListener ServerEvents, NetHost Client, RecordingListener ClientEvents, NetPeer ToServer) ConnectPair(
        NetworkConditions? serverConditions = null, NetworkConditions? clientConditions = null, NetConfig? serverConfig = null, NetConfig? clientConfig = null)
    {
        var serverEvents = new RecordingListener();
        var server = StartHost(serverConfig ?? ServerConfig, serverEvents, serverConditions);
        var clientEvents = new RecordingListener();
        var client = StartHost(clientConfig ?? ClientConfig, clientEvents, clientConditions);
        var toServer = Connect(client, server);
        PumpUntil(() => toServer.State == PeerState.Connected && serverEvents.Connected.Count == 1, TimeSpan.FromSeconds(10), "client connects");
        return (server, serverEvents, client, clientEvents, toServer);
    }

    /// <summary>Starts a server and one client and connects them through a <see cref="RecordingRelay"/>.</summary>
    public (NetHost Server, RecordingListener ServerEvents, NetHost Client, RecordingListener ClientEvents, NetPeer ToServer, RecordingRelay Relay) ConnectPairThroughRelay(string label = "client")
    {
        var serverEvents = new RecordingListener();
        var server = StartHost(ServerConfig, serverEvents);
        var relay = AddRelay(server);
        var clientEvents = new RecordingListener();
        var client = StartHost(ClientConfig, clientEvents);
        var toServer = Connect(client, relay.EndPoint, label);
        PumpUntil(() => toServer.State == PeerState.Connected && serverEvents.Connected.Count == 1, TimeSpan.FromSeconds(10), "client connects through the relay");
        return (server, serverEvents, client, clientEvents, toServer, relay);
    }

    /// <summary>Connects <paramref name="client"/> to <paramref name="server"/> with fresh credentials from <see cref="TestKeyAuthority"/>.</summary>
    public static NetPeer Connect(NetHost client, NetHost server, string label = "client") => Connect(client, server.LocalEndPoint, label);

    /// <summary>Connects <paramref name="client"/> to <paramref name="remote"/> with fresh credentials from <see cref="TestKeyAuthority"/>.</summary>
    public static NetPeer Connect(NetHost client, IPEndPoint remote, string label = "client")
    {
        var credentials = TestKeyAuthority.Issue(label);
        return client.Connect(remote, credentials.Token.Span, credentials.Keys);
    }

    /// <summary>Polls every host until the condition holds; throws when the deadline passes first.</summary>
    public void PumpUntil(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for: {what}");
            }

            PumpOnce();
        }
    }

    /// <summary>Polls every host for the given time.</summary>
    public void PumpFor(TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            PumpOnce();
        }
    }

    /// <summary>The host stays open but is never polled again: to its peers it has gone silent.</summary>
    public void StopPumping(NetHost host) => _silenced.Add(host);

    public void PumpOnce()
    {
        var handled = 0;
        foreach (var host in _hosts.Where(h => !_silenced.Contains(h)).ToArray())
        {
            handled += host.Poll();
        }

        foreach (var relay in _relays)
        {
            handled += relay.Pump();
        }

        if (handled == 0)
        {
            Thread.Sleep(1);
        }
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        foreach (var relay in _relays)
        {
            relay.Dispose();
        }
    }
}
