using Metaverse.Shared.Net;

namespace Metaverse.Shared.Tests.Net.Security;

/// <summary>Datagrams recorded on the wire and sent again are dropped, whichever way they went.</summary>
public sealed class ReplayTests
{
    private const int Messages = 20;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_replayed_datagram_is_dropped_and_not_delivered_twice()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, client, clientEvents, toServer, relay) = network.ConnectPairThroughRelay();
        var toClient = serverEvents.Connected[0];
        for (var i = 0; i < Messages; i++)
        {
            Assert.Equal(SendResult.Queued, toServer.Send(DeliveryGuaranteeTests.Numbered(i), DeliveryMethod.Unreliable));
            Assert.Equal(SendResult.Queued, toClient.Send(DeliveryGuaranteeTests.Numbered(i), DeliveryMethod.Unreliable));
            network.PumpOnce();
        }

        network.PumpUntil(() => serverEvents.Messages.Count == Messages && clientEvents.Messages.Count == Messages, Deadline, "every message once");
        var toServerSealed = relay.Forwarded(RelayDirection.ToServer).Where(d => d[0] >> 4 == 1).ToList();
        var toClientSealed = relay.Forwarded(RelayDirection.ToClient).Where(d => d[0] >> 4 == 1).ToList();

        toServerSealed.ForEach(d => relay.Inject(RelayDirection.ToServer, d));
        toClientSealed.ForEach(d => relay.Inject(RelayDirection.ToClient, d));
        network.PumpUntil(
            () => server.DroppedDatagrams(DropReason.Replayed) == toServerSealed.Count && client.DroppedDatagrams(DropReason.Replayed) == toClientSealed.Count,
            Deadline,
            "every replay to be dropped");
        network.PumpFor(TimeSpan.FromMilliseconds(50));

        Assert.Equal(Enumerable.Range(0, Messages), serverEvents.Messages.Select(m => m.Number).Order());
        Assert.Equal(Enumerable.Range(0, Messages), clientEvents.Messages.Select(m => m.Number).Order());
        Assert.Equal(0, server.DroppedDatagrams(DropReason.BadSeal) + client.DroppedDatagrams(DropReason.BadSeal));
        Assert.True(toServerSealed.Count >= Messages, "the replays carried the messages");
        Assert.Equal(PeerState.Connected, toServer.State);
    }

    [Fact]
    public void A_replayed_connect_request_from_a_confirmed_session_is_dropped_as_unsealed()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, _, _, toServer, relay) = network.ConnectPairThroughRelay();
        var requests = relay.Forwarded(RelayDirection.ToServer).Where(d => d[0] == 0x00).ToList();
        Assert.NotEmpty(requests);
        Assert.Equal(SendResult.Queued, toServer.Send(DeliveryGuaranteeTests.Numbered(1), DeliveryMethod.ReliableOrdered));
        network.PumpUntil(() => serverEvents.Messages.Count == 1, Deadline, "a sealed message to confirm the session");
        var heard = serverEvents.Requests.Count;

        requests.ForEach(d => relay.Inject(RelayDirection.ToServer, d));
        network.PumpUntil(() => server.DroppedDatagrams(DropReason.Unsealed) == requests.Count, Deadline, "the replayed requests to be dropped");
        network.PumpFor(TimeSpan.FromMilliseconds(50));

        Assert.Equal(PeerState.Connected, toServer.State);
        Assert.Single(server.Peers);
        Assert.Equal(heard, serverEvents.Requests.Count);
        Assert.Empty(serverEvents.Disconnected);
    }
}
