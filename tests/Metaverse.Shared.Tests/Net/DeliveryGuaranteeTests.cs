using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Simulation;

namespace Metaverse.Shared.Tests.Net;

/// <summary>Each delivery method's written guarantee (docs/PROTOCOL.md), checked over a hostile link in both directions.</summary>
public sealed class DeliveryGuaranteeTests
{
    private const int MessagesPerMethod = 300;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static NetworkConditions Hostile(int seed) => new()
    {
        LossRate = 0.20,
        Latency = TimeSpan.FromMilliseconds(50),
        Jitter = TimeSpan.FromMilliseconds(30),
        DuplicateRate = 0.05,
        ReorderRate = 0.05,
        Seed = seed,
    };

    [Fact]
    public void Every_method_keeps_its_guarantee_under_loss_latency_duplication_and_reordering()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, client, _, toServer) = network.ConnectPair(Hostile(11), Hostile(12));

        SendNumbered(network, toServer, [DeliveryMethod.Unreliable, DeliveryMethod.Sequenced, DeliveryMethod.ReliableUnordered, DeliveryMethod.ReliableOrdered, DeliveryMethod.ReliableSequenced]);
        network.PumpUntil(
            () => serverEvents.On(DeliveryMethod.ReliableOrdered).Count() == MessagesPerMethod
                && serverEvents.On(DeliveryMethod.ReliableUnordered).Count() == MessagesPerMethod
                && serverEvents.On(DeliveryMethod.ReliableSequenced).Any(m => m.Number == MessagesPerMethod - 1),
            Deadline,
            "every reliable message");
        network.PumpFor(TimeSpan.FromMilliseconds(300));

        AssertReliableOrdered(serverEvents.On(DeliveryMethod.ReliableOrdered));
        AssertReliableUnordered(serverEvents.On(DeliveryMethod.ReliableUnordered));
        AssertNeverOlderAfterNewer(serverEvents.On(DeliveryMethod.Sequenced));
        AssertNeverOlderAfterNewer(serverEvents.On(DeliveryMethod.ReliableSequenced));
        AssertNoDuplicates(serverEvents.On(DeliveryMethod.Unreliable));
        var unreliable = serverEvents.On(DeliveryMethod.Unreliable).Count();
        Assert.InRange(unreliable, MessagesPerMethod / 2, MessagesPerMethod - 1);
        Assert.True(client.Simulator!.Dropped > 0 && client.Simulator.Duplicated > 0, "the link lost and duplicated datagrams");
        Assert.True(server.DroppedDatagrams(DropReason.Replayed) > 0, "duplicated datagrams were dropped by the replay window");
    }

    [Fact]
    public void Reliable_ordered_holds_in_both_directions_on_several_channels()
    {
        using var network = new LoopbackNetwork();
        var (_, serverEvents, _, clientEvents, toServer) = network.ConnectPair(Hostile(21), Hostile(22));
        var toClient = serverEvents.Connected[0];

        for (var i = 0; i < MessagesPerMethod; i++)
        {
            for (byte channel = 0; channel < 3; channel++)
            {
                Assert.Equal(SendResult.Queued, toServer.Send(Numbered(i), DeliveryMethod.ReliableOrdered, channel));
                Assert.Equal(SendResult.Queued, toClient.Send(Numbered(i), DeliveryMethod.ReliableOrdered, channel));
            }

            if (i % 20 == 0)
            {
                network.PumpOnce();
            }
        }

        network.PumpUntil(
            () => serverEvents.Messages.Count == 3 * MessagesPerMethod && clientEvents.Messages.Count == 3 * MessagesPerMethod,
            Deadline,
            "all messages on three channels, both ways");

        for (byte channel = 0; channel < 3; channel++)
        {
            AssertReliableOrdered(serverEvents.On(DeliveryMethod.ReliableOrdered, channel));
            AssertReliableOrdered(clientEvents.On(DeliveryMethod.ReliableOrdered, channel));
        }
    }

    internal static byte[] Numbered(int number)
    {
        var payload = new byte[24];
        BitConverter.TryWriteBytes(payload, number);
        return payload;
    }

    private static void SendNumbered(LoopbackNetwork network, NetPeer peer, DeliveryMethod[] methods)
    {
        for (var i = 0; i < MessagesPerMethod; i++)
        {
            foreach (var method in methods)
            {
                Assert.Equal(SendResult.Queued, peer.Send(Numbered(i), method));
            }

            network.PumpOnce();
        }
    }

    private static void AssertReliableOrdered(IEnumerable<ReceivedMessage> received) =>
        Assert.Equal(Enumerable.Range(0, MessagesPerMethod), received.Select(m => m.Number));

    private static void AssertReliableUnordered(IEnumerable<ReceivedMessage> received) =>
        Assert.Equal(Enumerable.Range(0, MessagesPerMethod), received.Select(m => m.Number).Order());

    private static void AssertNoDuplicates(IEnumerable<ReceivedMessage> received)
    {
        var numbers = received.Select(m => m.Number).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    private static void AssertNeverOlderAfterNewer(IEnumerable<ReceivedMessage> received)
    {
        var numbers = received.Select(m => m.Number).ToList();
        Assert.NotEmpty(numbers);
        for (var i = 1; i < numbers.Count; i++)
        {
            Assert.True(numbers[i] > numbers[i - 1], $"message {numbers[i]} delivered after {numbers[i - 1]}");
        }
    }
}
