using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Security;

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
        var serverEvents = new RecordingListener { Decide = r => TestKeyAuthority.Label(r.Data.Span) == "let me in" ? null : "bad token" };
        var server = network.StartHost(LoopbackNetwork.ServerConfig, serverEvents);
        var clientEvents = new RecordingListener();
        var client = network.StartHost(LoopbackNetwork.ClientConfig, clientEvents);

        LoopbackNetwork.Connect(client, server, "wrong");
        network.PumpUntil(() => clientEvents.Disconnected.Count == 1, Deadline, "rejection");

        Assert.Equal(DisconnectReason.ConnectionRejected, clientEvents.Disconnected[0].Info.Reason);
        Assert.Equal("bad token", clientEvents.Disconnected[0].Info.Message);
        Assert.Empty(serverEvents.Connected);
        Assert.Empty(server.Peers);

        var accepted = LoopbackNetwork.Connect(client, server, "let me in");
        network.PumpUntil(() => accepted.State == PeerState.Connected, Deadline, "accepted connect");
    }

    [Fact]
    public void A_token_the_server_cannot_open_gets_no_answer_and_the_connect_fails_on_timeout()
    {
        using var network = new LoopbackNetwork();
        var serverEvents = new RecordingListener();
        var server = network.StartHost(LoopbackNetwork.ServerConfig, serverEvents);
        var clientEvents = new RecordingListener();
        var client = network.StartHost(LoopbackNetwork.ClientConfig with { ConnectTimeout = TimeSpan.FromMilliseconds(600) }, clientEvents);

        client.Connect(server.LocalEndPoint, "never issued"u8, SessionKeys.Random());
        network.PumpUntil(() => clientEvents.Disconnected.Count == 1, Deadline, "connect timeout");

        Assert.Equal(DisconnectReason.ConnectionFailed, clientEvents.Disconnected[0].Info.Reason);
        Assert.NotEmpty(serverEvents.Requests);
        Assert.Equal(0, client.Statistics.PacketsReceived);
        Assert.Empty(server.Peers);
        Assert.Equal(0, server.Sealing.SessionCount);
    }

    [Fact]
    public void A_client_holding_other_keys_than_its_token_cannot_open_the_accept_and_fails_to_connect()
    {
        using var network = new LoopbackNetwork();
        var server = network.StartHost(LoopbackNetwork.ServerConfig, new RecordingListener());
        var clientEvents = new RecordingListener();
        var client = network.StartHost(LoopbackNetwork.ClientConfig with { ConnectTimeout = TimeSpan.FromMilliseconds(600) }, clientEvents);
        var credentials = TestKeyAuthority.Issue();

        client.Connect(server.LocalEndPoint, credentials.Token.Span, SessionKeys.Random());
        network.PumpUntil(() => clientEvents.Disconnected.Count == 1, Deadline, "connect failure");

        Assert.Equal(DisconnectReason.ConnectionFailed, clientEvents.Disconnected[0].Info.Reason);
        Assert.Empty(clientEvents.Connected);
        Assert.True(client.DroppedDatagrams(DropReason.BadSeal) >= 1, "the server's accept, sealed with the token's keys, did not open");
    }

    [Fact]
    public void Full_server_rejects_with_server_full()
    {
        using var network = new LoopbackNetwork();
        var (server, _, _, _, _) = network.ConnectPair(serverConfig: LoopbackNetwork.ServerConfig with { MaxConnections = 1 });
        var secondEvents = new RecordingListener();
        var second = network.StartHost(LoopbackNetwork.ClientConfig, secondEvents);

        LoopbackNetwork.Connect(second, server);
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

        LoopbackNetwork.Connect(client, silent);
        network.PumpUntil(() => clientEvents.Disconnected.Count == 1, Deadline, "connect timeout");

        Assert.Equal(DisconnectReason.ConnectionFailed, clientEvents.Disconnected[0].Info.Reason);
        Assert.True(silent.DroppedDatagrams(DropReason.Unsealed) >= 1, "the silent host (a client) saw the requests and dropped them");
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
    public void Host_shutdown_reaches_the_remote_as_host_shutdown_and_ends_every_local_connection()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, _, clientEvents, toServer) = network.ConnectPair();

        network.StopPumping(server);
        server.Dispose();
        network.PumpUntil(() => clientEvents.Disconnected.Count == 1, Deadline, "the shutdown to reach the client");

        Assert.Equal(DisconnectReason.HostShutdown, Assert.Single(serverEvents.Disconnected).Info.Reason);
        Assert.Equal(DisconnectReason.HostShutdown, clientEvents.Disconnected[0].Info.Reason);
        Assert.Equal("the host shut down", clientEvents.Disconnected[0].Info.Message);
        Assert.Equal(PeerState.Disconnected, toServer.State);
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
