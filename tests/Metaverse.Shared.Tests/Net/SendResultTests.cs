using Metaverse.Shared.Net;

namespace Metaverse.Shared.Tests.Net;

/// <summary>What <see cref="NetPeer.Send"/> reports instead of throwing.</summary>
public sealed class SendResultTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_peer_still_connecting_or_disconnected_refuses_as_not_connected()
    {
        using var network = new LoopbackNetwork();
        var server = network.StartHost(LoopbackNetwork.ServerConfig, new RecordingListener());
        var client = network.StartHost(LoopbackNetwork.ClientConfig, new RecordingListener());

        var toServer = LoopbackNetwork.Connect(client, server);
        Assert.Equal(SendResult.NotConnected, toServer.Send([1], DeliveryMethod.ReliableOrdered));
        network.PumpUntil(() => toServer.State == PeerState.Connected, Deadline, "the connection");
        toServer.Disconnect();

        Assert.Equal(SendResult.NotConnected, toServer.Send([1], DeliveryMethod.ReliableOrdered));
    }

    [Fact]
    public void A_channel_beyond_the_configured_count_or_an_undefined_method_is_refused_as_invalid_channel()
    {
        using var network = new LoopbackNetwork();
        var (_, _, _, _, toServer) = network.ConnectPair();
        var channels = (byte)LoopbackNetwork.ClientConfig.ChannelCount;

        Assert.Equal(SendResult.InvalidChannel, toServer.Send([1], DeliveryMethod.ReliableOrdered, channels));
        Assert.Equal(SendResult.InvalidChannel, toServer.Send([1], (DeliveryMethod)9));
        Assert.Equal(SendResult.Queued, toServer.Send([1], DeliveryMethod.ReliableOrdered, (byte)(channels - 1)));
    }

    [Fact]
    public void An_unreliable_message_over_one_datagram_is_refused_as_too_large()
    {
        using var network = new LoopbackNetwork();
        var (_, serverEvents, _, _, toServer) = network.ConnectPair();
        var max = toServer.MaxMessageBytes(DeliveryMethod.Unreliable);

        Assert.Equal(SendResult.TooLarge, toServer.Send(new byte[max + 1], DeliveryMethod.Unreliable));
        Assert.Equal(SendResult.Queued, toServer.Send(new byte[max], DeliveryMethod.Unreliable));
        network.PumpUntil(() => serverEvents.Messages.Count == 1, Deadline, "the largest unreliable message");

        Assert.Equal(max, serverEvents.Messages[0].Payload.Length);
    }
}
