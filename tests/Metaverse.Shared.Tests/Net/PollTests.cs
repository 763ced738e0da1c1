using Metaverse.Shared.Net;

namespace Metaverse.Shared.Tests.Net;

/// <summary>What one <see cref="NetHost.Poll"/> does, in order, and sending outside a poll.</summary>
public sealed class PollTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public void The_listener_hears_once_per_poll_after_every_waiting_message_and_its_reply_leaves_in_that_poll()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, clientEvents) = SilentServerWithWaitingMessages(network, 3);

        server.Poll(TimeSpan.FromSeconds(1));

        Assert.Equal([3], serverEvents.MessagesAtPollEnds);
        // The server is not polled again: the reply went out in the poll that read the three messages.
        network.PumpUntil(() => clientEvents.On(DeliveryMethod.Unreliable).Any(), Deadline, "the reply");
        Assert.Equal(3, clientEvents.On(DeliveryMethod.Unreliable).Single().Number);
    }

    [Fact]
    public void Receive_delivers_what_waits_and_sends_nothing_until_a_flush()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, clientEvents) = SilentServerWithWaitingMessages(network, 1);

        Assert.True(server.Receive() >= 1);

        Assert.Equal(1, serverEvents.On(DeliveryMethod.ReliableOrdered).Single().Number);
        network.PumpFor(TimeSpan.FromMilliseconds(50));
        Assert.Empty(clientEvents.On(DeliveryMethod.Unreliable));
        server.Flush();
        network.PumpUntil(() => clientEvents.On(DeliveryMethod.Unreliable).Any(), Deadline, "the reply after the flush");
    }

    [Fact]
    public void A_flushed_host_sends_what_it_queued_without_a_poll()
    {
        using var network = new LoopbackNetwork();
        var (_, serverEvents, client, _, toServer) = network.ConnectPair();
        network.StopPumping(client);

        Assert.Equal(SendResult.Queued, toServer.Send(BitConverter.GetBytes(7), DeliveryMethod.Unreliable));
        client.Flush();

        network.PumpUntil(() => serverEvents.On(DeliveryMethod.Unreliable).Any(), Deadline, "the flushed message");
        Assert.Equal(7, serverEvents.On(DeliveryMethod.Unreliable).Single().Number);
    }

    /// <summary>
    /// A connected pair whose server is no longer pumped, with <paramref name="count"/> reliable messages numbered
    /// from 1 waiting on its socket; at each poll end the server replies (unreliable) with how many it holds.
    /// </summary>
    private static (NetHost Server, RecordingListener ServerEvents, RecordingListener ClientEvents) SilentServerWithWaitingMessages(LoopbackNetwork network, int count)
    {
        var (server, serverEvents, client, clientEvents, toServer) = network.ConnectPair();
        network.StopPumping(server);
        serverEvents.MessagesAtPollEnds.Clear();
        for (var i = 1; i <= count; i++)
        {
            Assert.Equal(SendResult.Queued, toServer.Send(BitConverter.GetBytes(i), DeliveryMethod.ReliableOrdered));
        }

        client.Flush();
        var fromClient = server.Peers.Single();
        serverEvents.OnPollEnd = () => fromClient.Send(BitConverter.GetBytes(serverEvents.Messages.Count), DeliveryMethod.Unreliable);
        return (server, serverEvents, clientEvents);
    }
}
