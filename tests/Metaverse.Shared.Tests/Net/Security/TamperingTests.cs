using Metaverse.Shared.Net;

namespace Metaverse.Shared.Tests.Net.Security;

/// <summary>Sealed datagrams altered on the way are dropped and counted, and the connection carries on.</summary>
public sealed class TamperingTests
{
    private const int Messages = 150;

    [Fact]
    public void A_flipped_bit_in_any_sealed_datagram_is_dropped_as_bad_seal_and_the_connection_stays_up()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, client, clientEvents, toServer, relay) = network.ConnectPairThroughRelay();
        var toClient = serverEvents.Connected[0];
        var flips = new Dictionary<RelayDirection, (int Header, int Body)> { [RelayDirection.ToServer] = (0, 0), [RelayDirection.ToClient] = (0, 0) };
        var positions = new HashSet<int>();
        var flipped = 0;
        relay.BeforeForward = (direction, datagram) =>
        {
            if (datagram[0] >> 4 != 1)
            {
                return;
            }

            // An altered copy goes ahead of the original: the copy must be dropped, the original must still open.
            var position = flipped * 7 % datagram.Length;
            var copy = (byte[])datagram.Clone();
            copy[position] ^= (byte)(1 << (flipped % 8));
            flipped++;
            positions.Add(position);
            var (header, body) = flips[direction];
            flips[direction] = position < 1 + (datagram[0] & 0x0F) ? (header + 1, body) : (header, body + 1);
            relay.Inject(direction, copy);
        };

        for (var i = 0; i < Messages; i++)
        {
            Assert.Equal(SendResult.Queued, toServer.Send(DeliveryGuaranteeTests.Numbered(i), DeliveryMethod.ReliableOrdered));
            Assert.Equal(SendResult.Queued, toClient.Send(DeliveryGuaranteeTests.Numbered(i), DeliveryMethod.Unreliable));
            network.PumpOnce();
        }

        network.PumpUntil(() => serverEvents.Messages.Count == Messages, TimeSpan.FromSeconds(20), "every reliable message");
        network.PumpFor(TimeSpan.FromMilliseconds(100));

        Assert.Equal(Enumerable.Range(0, Messages), serverEvents.Messages.Select(m => m.Number));
        Assert.All(serverEvents.Messages, m => Assert.Equal(DeliveryGuaranteeTests.Numbered(m.Number), m.Payload));
        var unreliable = clientEvents.Messages.Select(m => m.Number).ToList();
        Assert.Equal(unreliable.Count, unreliable.Distinct().Count());
        Assert.All(clientEvents.Messages, m => Assert.Equal(DeliveryGuaranteeTests.Numbered(m.Number), m.Payload));
        Assert.InRange(unreliable.Count, Messages * 9 / 10, Messages);
        AssertDroppedExactly(server, flips[RelayDirection.ToServer]);
        AssertDroppedExactly(client, flips[RelayDirection.ToClient]);
        Assert.True(flips[RelayDirection.ToServer].Body >= 100 && flips[RelayDirection.ToClient].Body >= 100, "many datagrams were altered both ways");
        Assert.True(positions.Count >= 50, $"bits were flipped at {positions.Count} different positions");
        Assert.Equal(PeerState.Connected, toServer.State);
        Assert.Empty(serverEvents.Disconnected);
        Assert.Empty(clientEvents.Disconnected);
    }

    /// <summary>A flip in the sealed body fails the tag; one in the prefix or counter may read as malformed or replayed instead, but is dropped all the same.</summary>
    private static void AssertDroppedExactly(NetHost host, (int Header, int Body) flips)
    {
        var dropped = Enum.GetValues<DropReason>().Sum(host.DroppedDatagrams);
        Assert.Equal(flips.Header + flips.Body, dropped);
        Assert.InRange(host.DroppedDatagrams(DropReason.BadSeal), flips.Body, flips.Header + flips.Body);
    }
}
