using System.Text;
using Metaverse.Shared.Net;

namespace Metaverse.Shared.Tests.Net;

public sealed class ConnectionLifecycleTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public void Client_connects_and_both_sides_see_the_connection()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, client, clientEvents, toServer) = network.ConnectPair();

        Assert.Equal(PeerState.Connected, toServer.State);
        Assert.Single(clientEvents.Connected);
        Assert.Equal(1, server.ConnectedCount);
        Assert.Equal(1, client.ConnectedCount);
        Assert.Equal(client.LocalEndPoint.Port, serverEvents.Connected[0].RemoteEndPoint.Port);
    }

    [Fact]
    public void Server_rejection_reaches_the_client_with_its_reason()
    {
        using var network = new LoopbackNetwork();
        var serverEvents = new RecordingListener { Decide = r => Encoding.UTF8.GetString(r.Data.Span) == "let me in" ? null : "bad token" };
        var server = network.StartHost(LoopbackNetwork.ServerConfig, serverEvents);
        var clientEvents = new RecordingListener();
        var client = network.StartHost(LoopbackNetwork.ClientConfig, clientEvents);

        client.Connect(server.LocalEndPoint, "wrong"u8);
        network.PumpUntil(() => clientEvents.Disconnected.Count == 1, Deadline, "rejection");

        Assert.Equal(DisconnectReason.ConnectionRejected, clientEvents.Disconnected[0].Info.Reason);
        Assert.Equal("bad token", clientEvents.Disconnected[0].Info.Message);
        Assert.Empty(serverEvents.Connected);
        Assert.Empty(server.Peers);

        var accepted = client.Connect(server.LocalEndPoint, "let me in"u8);
        network.PumpUntil(() => accepted.State == PeerState.Connected, Deadline, "accepted connect");
    }

    [Fact]
    public void Wrong_application_key_is_rejected_by_the_protocol_before_the_application_sees_it()
    {
        using var network = new LoopbackNetwork();
        var asked = 0;
        var server = network.StartHost(LoopbackNetwork.ServerConfig, new RecordingListener { Decide = _ => { asked++; return null; } });
        var clientEvents = new RecordingListener();
        var client = network.StartHost(LoopbackNetwork.ClientConfig with { AppKey = "another-app" }, clientEvents);

        client.Connect(server.LocalEndPoint);
        network.PumpUntil(() => clientEvents.Disconnected.Count == 1, Deadline, "rejection");

        Assert.Equal("application key mismatch", clientEvents.Disconnected[0].Info.Message);
        Assert.Equal(0, asked);
    }

    [Fact]
    public void Full_server_rejects_with_server_full()
    {
        using var network = new LoopbackNetwork();
        var (server, _, _, _, _) = network.ConnectPair(serverConfig: LoopbackNetwork.ServerConfig with { MaxConnections = 1 });
        var secondEvents = new RecordingListener();
        var second = network.StartHost(LoopbackNetwork.ClientConfig, secondEvents);

        second.Connect(server.LocalEndPoint);
        network.PumpUntil(() => secondEvents.Disconnected.Count == 1, Deadline, "rejection");

        Assert.Contains("server full", secondEvents.Disconnected[0].Info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connect_to_a_silent_address_fails_after_the_connect_timeout()
    {
        using var network = new LoopbackNetwork();
        var silent = network.StartHost(LoopbackNetwork.ClientConfig, new RecordingListener());
        var clientEvents = new RecordingListener();
        var client = network.StartHost(LoopbackNetwork.ClientConfig with { ConnectTimeout = TimeSpan.FromMilliseconds(600) }, clientEvents);

        client.Connect(silent.LocalEndPoint);
        network.PumpUntil(() => clientEvents.Disconnected.Count == 1, Deadline, "connect timeout");

        Assert.Equal(DisconnectReason.ConnectionFailed, clientEvents.Disconnected[0].Info.Reason);
        Assert.True(silent.DroppedDatagrams(DropReason.BadConnectRequest) >= 1, "the silent host saw the requests and dropped them");
    }

    [Fact]
    public void Disconnect_reason_reaches_the_remote()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, _, clientEvents, toServer) = network.ConnectPair();

        serverEvents.Connected[0].Disconnect("maintenance window");
        network.PumpUntil(() => clientEvents.Disconnected.Count == 1, Deadline, "disconnect to reach client");

        Assert.Equal(DisconnectReason.RemoteDisconnect, clientEvents.Disconnected[0].Info.Reason);
        Assert.Equal("maintenance window", clientEvents.Disconnected[0].Info.Message);
        Assert.Equal(DisconnectReason.LocalDisconnect, serverEvents.Disconnected[0].Info.Reason);
        Assert.Equal(PeerState.Disconnected, toServer.State);
        Assert.Equal(0, server.ConnectedCount);
    }

    [Fact]
    public void Silent_remote_times_out_after_the_disconnect_timeout()
    {
        using var network = new LoopbackNetwork();
        var config = LoopbackNetwork.ServerConfig with { DisconnectTimeout = TimeSpan.FromMilliseconds(800), KeepAliveInterval = TimeSpan.FromMilliseconds(100) };
        var (server, serverEvents, client, _, _) = network.ConnectPair(serverConfig: config);

        network.StopPumping(client);
        var silencedAt = System.Diagnostics.Stopwatch.StartNew();
        network.PumpUntil(() => serverEvents.Disconnected.Count == 1, Deadline, "server-side timeout");

        Assert.Equal(DisconnectReason.Timeout, serverEvents.Disconnected[0].Info.Reason);
        Assert.InRange(silencedAt.Elapsed, TimeSpan.FromMilliseconds(700), TimeSpan.FromSeconds(5));
        Assert.Equal(0, server.ConnectedCount);
    }

    [Fact]
    public void Keep_alive_holds_an_idle_connection_open_past_the_timeout()
    {
        using var network = new LoopbackNetwork();
        var config = new NetConfig { DisconnectTimeout = TimeSpan.FromMilliseconds(600), KeepAliveInterval = TimeSpan.FromMilliseconds(100) };
        var (_, serverEvents, _, clientEvents, toServer) = network.ConnectPair(serverConfig: config with { AcceptIncoming = true }, clientConfig: config);

        network.PumpFor(TimeSpan.FromMilliseconds(1500));

        Assert.Empty(serverEvents.Disconnected);
        Assert.Empty(clientEvents.Disconnected);
        Assert.Equal(PeerState.Connected, toServer.State);
        Assert.True(toServer.Rtt < TimeSpan.FromMilliseconds(100), $"RTT {toServer.Rtt}");
    }
}
