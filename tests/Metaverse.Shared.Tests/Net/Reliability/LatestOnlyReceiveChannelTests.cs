using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Reliability;

namespace Metaverse.Shared.Tests.Net.Reliability;

public sealed class LatestOnlyReceiveChannelTests
{
    [Fact]
    public void First_message_is_delivered_whatever_its_id()
    {
        var channel = new LatestOnlyReceiveChannel(DeliveryMethod.Sequenced, 6);
        var sink = new RecordingSink();

        Assert.Equal(ReceiveOutcome.Delivered, channel.Receive(40000, [1, 2], sink));

        var (method, channelNumber, bytes) = Assert.Single(sink.Messages);
        Assert.Equal(DeliveryMethod.Sequenced, method);
        Assert.Equal(6, channelNumber);
        Assert.Equal(new byte[] { 1, 2 }, bytes);
    }

    [Fact]
    public void Older_and_equal_ids_are_not_delivered()
    {
        var channel = new LatestOnlyReceiveChannel(DeliveryMethod.ReliableSequenced, 0);
        var sink = new RecordingSink();

        Assert.Equal(ReceiveOutcome.Delivered, channel.Receive(10, [10], sink));
        Assert.Equal(ReceiveOutcome.Duplicate, channel.Receive(10, [99], sink));
        Assert.Equal(ReceiveOutcome.Duplicate, channel.Receive(9, [9], sink));
        Assert.Equal(ReceiveOutcome.Delivered, channel.Receive(12, [12], sink));
        Assert.Equal(ReceiveOutcome.Duplicate, channel.Receive(11, [11], sink));

        Assert.Equal([10, 12], sink.Messages.Select(m => (int)m.Bytes[0]));
        Assert.All(sink.Messages, m => Assert.Equal(DeliveryMethod.ReliableSequenced, m.Method));
    }

    [Fact]
    public void Order_is_kept_across_the_16_bit_wrap()
    {
        var channel = new LatestOnlyReceiveChannel(DeliveryMethod.Sequenced, 0);
        var sink = new RecordingSink();

        Assert.Equal(ReceiveOutcome.Delivered, channel.Receive(65534, [1], sink));
        Assert.Equal(ReceiveOutcome.Delivered, channel.Receive(1, [2], sink));
        Assert.Equal(ReceiveOutcome.Duplicate, channel.Receive(65535, [3], sink));
        Assert.Equal(ReceiveOutcome.Duplicate, channel.Receive(0, [4], sink));
        Assert.Equal(ReceiveOutcome.Duplicate, channel.Receive(1, [5], sink));
        Assert.Equal(ReceiveOutcome.Delivered, channel.Receive(2, [6], sink));

        Assert.Equal([1, 2, 6], sink.Messages.Select(m => (int)m.Bytes[0]));
    }

    [Fact]
    public void Every_id_of_a_full_lap_in_order_is_delivered()
    {
        var channel = new LatestOnlyReceiveChannel(DeliveryMethod.Sequenced, 0);
        var sink = new RecordingSink();
        ushort id = 65000;

        for (var i = 0; i < 70_000; i++, id++)
        {
            Assert.Equal(ReceiveOutcome.Delivered, channel.Receive(id, [], sink));
        }

        Assert.Equal(70_000, sink.Messages.Count);
    }
}
