using Metaverse.Shared.Net;

namespace Metaverse.Shared.Tests.Net.Security;

/// <summary>The host's admission limits: requests beyond them are refused with a reason naming the limit.</summary>
public sealed class AdmissionTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public void The_third_session_from_one_address_is_refused_naming_the_limit_and_a_new_one_works_after_one_leaves() =>
        AssertLimitHolds(LoopbackNetwork.ServerConfig with { MaxSessionsPerAddress = 2 }, "too many sessions from 127.0.0.1 (at most 2)");

    [Fact]
    public void The_connection_beyond_max_connections_is_refused_as_server_full_and_a_new_one_works_after_one_leaves() =>
        AssertLimitHolds(LoopbackNetwork.ServerConfig with { MaxConnections = 2 }, "server full (2 sessions)");

    private static void AssertLimitHolds(NetConfig serverConfig, string refusal)
    {
        using var network = new LoopbackNetwork();
        var serverEvents = new RecordingListener();
        var server = network.StartHost(serverConfig, serverEvents);
        var first = ConnectedClient(network, server);
        ConnectedClient(network, server);
        var thirdEvents = new RecordingListener();
        var third = network.StartHost(LoopbackNetwork.ClientConfig, thirdEvents);

        LoopbackNetwork.Connect(third, server);
        network.PumpUntil(() => thirdEvents.Disconnected.Count == 1, Deadline, "the refusal");

        Assert.Equal(DisconnectReason.ConnectionRejected, thirdEvents.Disconnected[0].Info.Reason);
        Assert.Equal(refusal, thirdEvents.Disconnected[0].Info.Message);
        Assert.Equal(refusal, serverEvents.Requests[^1].LimitRefusal);
        Assert.Equal(2, server.ConnectedCount);
        Assert.Equal(2, server.Sealing.SessionCount);

        first.Disconnect("making room");
        network.PumpUntil(() => serverEvents.Disconnected.Count == 1, Deadline, "the server to see the first client leave");
        var again = LoopbackNetwork.Connect(third, server);
        network.PumpUntil(() => again.State == PeerState.Connected, Deadline, "a valid connection after one left");
        Assert.Equal(2, server.ConnectedCount);
    }

    private static NetPeer ConnectedClient(LoopbackNetwork network, NetHost server)
    {
        var client = network.StartHost(LoopbackNetwork.ClientConfig, new RecordingListener());
        var peer = LoopbackNetwork.Connect(client, server);
        network.PumpUntil(() => peer.State == PeerState.Connected, Deadline, "a client within the limit to connect");
        return peer;
    }
}
