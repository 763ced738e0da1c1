using System.Security.Cryptography;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Simulation;

namespace Metaverse.Shared.Tests.Net;

public sealed class FragmentationTests
{
    private const int MessageBytes = 256 * 1024;

    [Theory]
    [InlineData(DeliveryMethod.ReliableOrdered)]
    [InlineData(DeliveryMethod.ReliableUnordered)]
    public void Messages_of_256_KiB_arrive_intact_under_10_percent_loss(DeliveryMethod method)
    {
        using var network = new LoopbackNetwork();
        var lossy = new NetworkConditions { LossRate = 0.10, Latency = TimeSpan.FromMilliseconds(5), Jitter = TimeSpan.FromMilliseconds(2), Seed = 5 };
        var (_, serverEvents, client, _, toServer) = network.ConnectPair(lossy, lossy with { Seed = 6 });
        var random = new Random(42);
        var sent = Enumerable.Range(0, 3).Select(_ => { var b = new byte[MessageBytes]; random.NextBytes(b); return b; }).ToList();

        foreach (var message in sent)
        {
            Assert.Equal(SendResult.Queued, toServer.Send(message, method));
        }

        network.PumpUntil(() => serverEvents.Messages.Count == sent.Count, TimeSpan.FromSeconds(60), "three 256 KiB messages");

        var expected = sent.Select(SHA256.HashData).Select(Convert.ToHexString).Order();
        var actual = serverEvents.Messages.Select(m => Convert.ToHexString(SHA256.HashData(m.Payload))).Order();
        Assert.Equal(expected, actual);
        Assert.True(client.Simulator!.Dropped > 0, "the link lost fragments");
        Assert.True(toServer.Statistics.PacketsLost > 0, "lost fragments were resent");
    }

    [Fact]
    public void Largest_allowed_message_goes_through_and_one_byte_more_is_refused()
    {
        using var network = new LoopbackNetwork();
        var (_, serverEvents, _, _, toServer) = network.ConnectPair();
        var max = toServer.MaxMessageBytes(DeliveryMethod.ReliableOrdered);

        Assert.Equal(SendResult.TooLarge, toServer.Send(new byte[max + 1], DeliveryMethod.ReliableOrdered));
        Assert.Equal(SendResult.TooLarge, toServer.Send(new byte[toServer.MaxMessageBytes(DeliveryMethod.Unreliable) + 1], DeliveryMethod.Unreliable));
        Assert.Equal(SendResult.Queued, toServer.Send(new byte[max], DeliveryMethod.ReliableOrdered));
        network.PumpUntil(() => serverEvents.Messages.Count == 1, TimeSpan.FromSeconds(30), "largest message");

        Assert.Equal(max, serverEvents.Messages[0].Payload.Length);
    }
}
