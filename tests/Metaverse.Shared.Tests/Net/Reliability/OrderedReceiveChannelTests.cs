using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Reliability;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Reliability;

public sealed class OrderedReceiveChannelTests
{
    private const int Fragment = Protocol.FragmentPayloadBytes;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Shuffled_and_duplicated_messages_are_delivered_once_each_in_send_order(int seed)
    {
        var (sent, arrivals, duplicates, budget) = StreamWire.Shuffled(DeliveryMethod.ReliableOrdered, 2, seed);
        var receiver = new OrderedReceiveChannel(2, budget, StreamWire.NewPool());
        var sink = new RecordingSink();

        var outcomes = arrivals.Select(m => receiver.Receive(m.Header, m.Payload, sink)).ToList();

        Assert.Equal(sent, sink.Messages.Select(m => m.Bytes));
        Assert.All(sink.Messages, m => Assert.Equal((DeliveryMethod.ReliableOrdered, (byte)2), (m.Method, m.Channel)));
        Assert.Equal(duplicates, outcomes.Count(o => o == ReceiveOutcome.Duplicate));
        Assert.DoesNotContain(ReceiveOutcome.Invalid, outcomes);
        Assert.DoesNotContain(ReceiveOutcome.OverBudget, outcomes);
        Assert.Equal(0, budget.UsedBytes);
    }

    [Fact]
    public void Stream_stays_ordered_across_the_16_bit_id_wrap()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableOrdered, 0, 0, StreamWire.NewPool());
        var budget = new ReceiveBudget(10_000_000);
        var receiver = new OrderedReceiveChannel(0, budget, StreamWire.NewPool());
        var sink = new RecordingSink();
        var expected = new List<byte[]>();
        var tag = 0;
        for (var batch = 0; batch < 200; batch++)
        {
            for (var i = 0; i < 350; i++, tag++)
            {
                var message = StreamWire.Payload(tag % 97 == 0 ? 3000 : tag % 40, tag);
                expected.Add(message);
                sender.Enqueue(message);
            }

            var refs = new List<MessageRef>();
            foreach (var message in StreamWire.ShuffleWithDuplicates(StreamWire.SendAll(sender, refs), batch, out _))
            {
                var outcome = receiver.Receive(message.Header, message.Payload, sink);
                if (outcome is ReceiveOutcome.Invalid or ReceiveOutcome.OverBudget)
                {
                    Assert.Fail($"batch {batch}, id {message.Header.Id}: {outcome}");
                }
            }

            foreach (var reference in refs)
            {
                sender.OnAcked(reference.Id);
            }

            Assert.True(sender.IsIdle);
        }

        Assert.True(tag > ushort.MaxValue + 1);
        Assert.Equal(expected.Count, sink.Messages.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            if (!expected[i].AsSpan().SequenceEqual(sink.Messages[i].Bytes))
            {
                Assert.Fail($"message {i} differs: {expected[i].Length} bytes sent, {sink.Messages[i].Bytes.Length} delivered");
            }
        }
        Assert.Equal(0, budget.UsedBytes);
    }

    [Fact]
    public void Gap_on_one_channel_does_not_stop_another_channel_sharing_the_budget()
    {
        var budget = new ReceiveBudget(1_000_000);
        var channel0 = new OrderedReceiveChannel(0, budget, StreamWire.NewPool());
        var channel1 = new OrderedReceiveChannel(1, budget, StreamWire.NewPool());
        var sink = new RecordingSink();
        var wire0 = SendOn(0, [10, 20, 30]);
        var wire1 = SendOn(1, [11, 21, 31]);

        Assert.Equal(ReceiveOutcome.Buffered, channel0.Receive(wire0[1].Header, wire0[1].Payload, sink));
        Assert.Equal(ReceiveOutcome.Buffered, channel0.Receive(wire0[2].Header, wire0[2].Payload, sink));
        foreach (var message in wire1)
        {
            Assert.Equal(ReceiveOutcome.Delivered, channel1.Receive(message.Header, message.Payload, sink));
        }

        Assert.Equal([(byte)1, (byte)1, (byte)1], sink.Messages.Select(m => m.Channel));
        Assert.Equal([11, 21, 31], sink.Messages.Select(m => m.Bytes.Length));
        Assert.Equal(50, budget.UsedBytes);

        Assert.Equal(ReceiveOutcome.Delivered, channel0.Receive(wire0[0].Header, wire0[0].Payload, sink));
        Assert.Equal([10, 20, 30], sink.Messages.Skip(3).Select(m => m.Bytes.Length));
        Assert.All(sink.Messages.Skip(3), m => Assert.Equal(0, m.Channel));
        Assert.Equal(0, budget.UsedBytes);
    }

    [Fact]
    public void Fragment_group_whose_reservation_exceeds_the_budget_is_over_budget()
    {
        var budget = new ReceiveBudget((3 * Fragment) - 1);
        var receiver = new OrderedReceiveChannel(0, budget, StreamWire.NewPool());
        var sink = new RecordingSink();
        var wire = SendOn(0, [3 * Fragment]);

        Assert.Equal(ReceiveOutcome.OverBudget, receiver.Receive(wire[0].Header, wire[0].Payload, sink));
        Assert.Equal(0, budget.UsedBytes);
        Assert.Empty(sink.Messages);
    }

    [Fact]
    public void Message_held_behind_a_gap_beyond_the_budget_is_over_budget()
    {
        var budget = new ReceiveBudget(25);
        var receiver = new OrderedReceiveChannel(0, budget, StreamWire.NewPool());
        var sink = new RecordingSink();
        var wire = SendOn(0, [5, 20, 6]);

        Assert.Equal(ReceiveOutcome.Buffered, receiver.Receive(wire[1].Header, wire[1].Payload, sink));
        Assert.Equal(20, budget.UsedBytes);
        Assert.Equal(ReceiveOutcome.OverBudget, receiver.Receive(wire[2].Header, wire[2].Payload, sink));
        Assert.Equal(20, budget.UsedBytes);
        Assert.Empty(sink.Messages);
    }

    [Fact]
    public void Message_in_order_is_delivered_without_using_the_budget()
    {
        var budget = new ReceiveBudget(0);
        var receiver = new OrderedReceiveChannel(0, budget, StreamWire.NewPool());
        var sink = new RecordingSink();
        var wire = SendOn(0, [500]);

        Assert.Equal(ReceiveOutcome.Delivered, receiver.Receive(wire[0].Header, wire[0].Payload, sink));
        Assert.Single(sink.Messages);
    }

    [Theory]
    [InlineData((ushort)Protocol.ReliableWindow, 0, 1)]
    [InlineData((ushort)20000, 0, 1)]
    [InlineData((ushort)1030, 10, 20)]
    public void Message_beyond_the_window_is_invalid(ushort id, int index, int count)
    {
        var receiver = new OrderedReceiveChannel(0, new ReceiveBudget(1_000_000), StreamWire.NewPool());
        var length = count > 1 ? Fragment : 1;
        var header = new MessageHeader(DeliveryMethod.ReliableOrdered, 0, id, index, count, length);

        Assert.Equal(ReceiveOutcome.Invalid, receiver.Receive(header, new byte[length], new RecordingSink()));
    }

    [Fact]
    public void Message_before_the_next_expected_id_is_a_duplicate()
    {
        var receiver = new OrderedReceiveChannel(0, new ReceiveBudget(1_000_000), StreamWire.NewPool());
        var sink = new RecordingSink();
        var wire = SendOn(0, [1, 2]);

        receiver.Receive(wire[0].Header, wire[0].Payload, sink);
        var outcome = receiver.Receive(wire[0].Header, wire[0].Payload, sink);
        var wrapped = receiver.Receive(new MessageHeader(DeliveryMethod.ReliableOrdered, 0, ushort.MaxValue, 0, 1, 1), new byte[1], sink);

        Assert.Equal(ReceiveOutcome.Duplicate, outcome);
        Assert.Equal(ReceiveOutcome.Duplicate, wrapped);
        Assert.Single(sink.Messages);
    }

    [Fact]
    public void Release_returns_the_budget_of_held_messages_and_partial_groups()
    {
        var budget = new ReceiveBudget(1_000_000);
        var receiver = new OrderedReceiveChannel(0, budget, StreamWire.NewPool());
        var sink = new RecordingSink();
        var wire = SendOn(0, [1, 30, 2 * Fragment]);
        receiver.Receive(wire[1].Header, wire[1].Payload, sink);
        receiver.Receive(wire[2].Header, wire[2].Payload, sink);
        Assert.Equal(30 + (2 * Fragment), budget.UsedBytes);

        receiver.Release();

        Assert.Equal(0, budget.UsedBytes);
        Assert.Empty(sink.Messages);
    }

    private static List<WireMessage> SendOn(byte channel, int[] sizes)
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableOrdered, channel, channel, StreamWire.NewPool());
        foreach (var size in sizes)
        {
            sender.Enqueue(StreamWire.Payload(size, size));
        }

        return StreamWire.SendAll(sender);
    }
}
