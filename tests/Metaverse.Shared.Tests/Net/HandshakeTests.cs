using System.Net;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net;

/// <summary>What the handshake settles: each side's limits, and who may replace a live connection.</summary>
public sealed class HandshakeTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public void Channels_and_message_size_are_limited_to_what_the_remote_announced()
    {
        using var network = new LoopbackNetwork();
        var server = LoopbackNetwork.ServerConfig with { ChannelCount = 2, MaxMessageBytes = 64 * 1024 };
        var (_, serverEvents, _, _, toServer) = network.ConnectPair(serverConfig: server, clientConfig: new NetConfig { ChannelCount = 8 });

        Assert.Equal(64 * 1024, toServer.MaxMessageBytes(DeliveryMethod.ReliableOrdered));
        Assert.Equal(SendResult.InvalidChannel, toServer.Send([1], DeliveryMethod.ReliableOrdered, channel: 2));
        Assert.Equal(SendResult.TooLarge, toServer.Send(new byte[(64 * 1024) + 1], DeliveryMethod.ReliableOrdered));
        Assert.Equal(SendResult.Queued, toServer.Send(new byte[64 * 1024], DeliveryMethod.ReliableOrdered, channel: 1));
        network.PumpUntil(() => serverEvents.Messages.Count == 1, Deadline, "the 64 KiB message");
    }

    [Fact]
    public void A_refused_request_from_a_connected_address_leaves_the_connection_alone()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, client, socket) = StartWithInjectableClient(network);
        var toServer = client.Connect(server.LocalEndPoint);
        network.PumpUntil(() => toServer.State == PeerState.Connected, Deadline, "connect");

        socket.Inject(ConnectRequest(salt: 99, appKey: "another-app"u8), server.LocalEndPoint);
        socket.Inject(ConnectRequest(salt: 98, appKey: "metaverse"u8, data: "refuse me"u8), server.LocalEndPoint);
        network.PumpUntil(() => server.RejectedConnectRequests == 2, Deadline, "both forged requests to be refused");
        network.PumpFor(TimeSpan.FromMilliseconds(100));

        Assert.Equal(PeerState.Connected, toServer.State);
        Assert.Empty(serverEvents.Disconnected);
        Assert.Equal(1, server.ConnectedCount);
    }

    [Fact]
    public void An_accepted_request_with_a_new_salt_replaces_the_old_connection()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, client, socket) = StartWithInjectableClient(network);
        var toServer = client.Connect(server.LocalEndPoint);
        network.PumpUntil(() => toServer.State == PeerState.Connected, Deadline, "connect");

        socket.Inject(ConnectRequest(salt: 77, appKey: "metaverse"u8), server.LocalEndPoint);
        network.PumpUntil(() => serverEvents.Connected.Count == 2, Deadline, "the new session");

        Assert.Equal(DisconnectReason.Reconnected, Assert.Single(serverEvents.Disconnected).Info.Reason);
        Assert.Equal(1, server.ConnectedCount);
    }

    [Fact]
    public void The_tag_given_on_accept_is_on_the_peer_when_it_connects()
    {
        using var network = new LoopbackNetwork();
        object? tagSeen = null;
        var serverEvents = new TaggingListener(peer => tagSeen = peer.Tag);
        var server = network.StartHost(LoopbackNetwork.ServerConfig, serverEvents);
        var client = network.StartHost(LoopbackNetwork.ClientConfig, new RecordingListener());

        var toServer = client.Connect(server.LocalEndPoint, "ada"u8);
        network.PumpUntil(() => toServer.State == PeerState.Connected, Deadline, "connect");

        Assert.Equal("session of ada", tagSeen);
    }

    [Fact]
    public void A_request_of_another_protocol_version_is_rejected_with_a_reason()
    {
        using var network = new LoopbackNetwork();
        var (server, _, _, socket) = StartWithInjectableClient(network);
        var request = ConnectRequest(salt: 5, appKey: "metaverse"u8);
        request[5] = 2;

        socket.Inject(request, server.LocalEndPoint);
        network.PumpUntil(() => server.RejectedConnectRequests == 1, Deadline, "the version reject");

        Assert.Empty(server.Peers);
    }

    private static (NetHost Server, RecordingListener ServerEvents, NetHost Client, InjectingSocket Socket) StartWithInjectableClient(LoopbackNetwork network)
    {
        var serverEvents = new RecordingListener { Decide = r => r.Data.Span.SequenceEqual("refuse me"u8) ? "refused" : null };
        var server = network.StartHost(LoopbackNetwork.ServerConfig, serverEvents);
        var socket = new InjectingSocket(new IPEndPoint(IPAddress.Loopback, 0));
        var client = new NetHost(LoopbackNetwork.ClientConfig, new RecordingListener(), socket);
        network.Adopt(client);
        return (server, serverEvents, client, socket);
    }

    private static byte[] ConnectRequest(ulong salt, ReadOnlySpan<byte> appKey, ReadOnlySpan<byte> data = default)
    {
        var request = new byte[Protocol.ConnectRequestBytes];
        HandshakeCodec.WriteConnectRequest(request, salt, ConnectionLimits.From(new NetConfig()), appKey, data);
        return request;
    }

    private sealed class TaggingListener(Action<NetPeer> connected) : INetEventListener
    {
        public void OnConnectionRequest(ConnectionRequest request) => request.Accept($"session of {System.Text.Encoding.UTF8.GetString(request.Data.Span)}");

        public void OnPeerConnected(NetPeer peer) => connected(peer);

        public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info)
        {
        }

        public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
        {
        }
    }
}
