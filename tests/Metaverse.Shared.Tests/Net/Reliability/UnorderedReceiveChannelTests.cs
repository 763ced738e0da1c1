using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Reliability;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Reliability;

public sealed class UnorderedReceiveChannelTests
{
    private const int Fragment = Protocol.FragmentPayloadBytes;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Shuffled_and_duplicated_messages_are_each_delivered_exactly_once(int seed)
    {
        var (sent, arrivals, duplicates, budget) = StreamWire.Shuffled(DeliveryMethod.ReliableUnordered, 5, seed);
        var receiver = new UnorderedReceiveChannel(5, budget, StreamWire.NewPool());
        var sink = new RecordingSink();

        var outcomes = arrivals.Select(m => receiver.Receive(m.Header, m.Payload, sink)).ToList();

        Assert.Equal(Fingerprints(sent), Fingerprints(sink.Messages.Select(m => m.Bytes)));
        Assert.All(sink.Messages, m => Assert.Equal((DeliveryMethod.ReliableUnordered, (byte)5), (m.Method, m.Channel)));
        Assert.Equal(duplicates, outcomes.Count(o => o == ReceiveOutcome.Duplicate));
        Assert.DoesNotContain(ReceiveOutcome.Invalid, outcomes);
        Assert.DoesNotContain(ReceiveOutcome.OverBudget, outcomes);
        Assert.Equal(0, budget.UsedBytes);
    }

    [Fact]
    public void Unfragmented_message_is_delivered_at_once_even_behind_a_gap()
    {
        var budget = new ReceiveBudget(0);
        var receiver = new UnorderedReceiveChannel(0, budget, StreamWire.NewPool());
        var sink = new RecordingSink();
        var wire = Send([10, 20, 30]);

        Assert.Equal(ReceiveOutcome.Delivered, receiver.Receive(wire[2].Header, wire[2].Payload, sink));
        Assert.Equal(ReceiveOutcome.Delivered, receiver.Receive(wire[1].Header, wire[1].Payload, sink));

        Assert.Equal([30, 20], sink.Messages.Select(m => m.Bytes.Length));
        Assert.Equal(0, budget.UsedBytes);
    }

    [Fact]
    public void Fragment_group_is_delivered_only_when_complete_and_releases_its_reservation()
    {
        var budget = new ReceiveBudget(1_000_000);
        var receiver = new UnorderedReceiveChannel(0, budget, StreamWire.NewPool());
        var sink = new RecordingSink();
        var message = StreamWire.Payload((2 * Fragment) + 5, 9);
        var wire = Send(message);

        Assert.Equal(ReceiveOutcome.Buffered, receiver.Receive(wire[2].Header, wire[2].Payload, sink));
        Assert.Equal(3 * Fragment, budget.UsedBytes);
        Assert.Equal(ReceiveOutcome.Buffered, receiver.Receive(wire[0].Header, wire[0].Payload, sink));
        Assert.Equal(ReceiveOutcome.Duplicate, receiver.Receive(wire[0].Header, wire[0].Payload, sink));
        Assert.Empty(sink.Messages);

        Assert.Equal(ReceiveOutcome.Delivered, receiver.Receive(wire[1].Header, wire[1].Payload, sink));
        Assert.Equal(message, Assert.Single(sink.Messages).Bytes);
        Assert.Equal(0, budget.UsedBytes);
        Assert.Equal(ReceiveOutcome.Duplicate, receiver.Receive(wire[2].Header, wire[2].Payload, sink));
    }

    [Fact]
    public void Fragment_group_whose_reservation_exceeds_the_budget_is_over_budget()
    {
        var budget = new ReceiveBudget((3 * Fragment) - 1);
        var receiver = new UnorderedReceiveChannel(0, budget, StreamWire.NewPool());
        var sink = new RecordingSink();
        var wire = Send(new byte[3 * Fragment]);

        Assert.Equal(ReceiveOutcome.OverBudget, receiver.Receive(wire[1].Header, wire[1].Payload, sink));
        Assert.Equal(0, budget.UsedBytes);
        Assert.Empty(sink.Messages);
    }

    [Fact]
    public void Stream_delivers_everything_once_across_the_16_bit_id_wrap()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableUnordered, 0, 0, StreamWire.NewPool());
        var budget = new ReceiveBudget(10_000_000);
        var receiver = new UnorderedReceiveChannel(0, budget, StreamWire.NewPool());
        var sink = new RecordingSink();
        var expected = new List<byte[]>();
        var tag = 0;
        for (var batch = 0; batch < 200; batch++)
        {
            for (var i = 0; i < 350; i++, tag++)
            {
                var message = StreamWire.Payload(tag % 97 == 0 ? 3000 : 1 + (tag % 40), tag);
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
        }

        Assert.True(tag > ushort.MaxValue + 1);
        Assert.Equal(expected.Count, sink.Messages.Count);
        Assert.True(
            Fingerprints(expected).SequenceEqual(Fingerprints(sink.Messages.Select(m => m.Bytes))),
            "the delivered messages are not the sent ones");
        Assert.Equal(0, budget.UsedBytes);
    }

    [Theory]
    [InlineData((ushort)Protocol.ReliableWindow)]
    [InlineData((ushort)20000)]
    public void Message_beyond_the_window_is_invalid(ushort id)
    {
        var receiver = new UnorderedReceiveChannel(0, new ReceiveBudget(1_000_000), StreamWire.NewPool());
        var header = new MessageHeader(DeliveryMethod.ReliableUnordered, 0, id, 0, 1, 1);

        Assert.Equal(ReceiveOutcome.Invalid, receiver.Receive(header, new byte[1], new RecordingSink()));
    }

    [Fact]
    public void Message_behind_the_window_is_a_duplicate()
    {
        var receiver = new UnorderedReceiveChannel(0, new ReceiveBudget(1_000_000), StreamWire.NewPool());
        var sink = new RecordingSink();
        var header = new MessageHeader(DeliveryMethod.ReliableUnordered, 0, ushort.MaxValue, 0, 1, 1);

        Assert.Equal(ReceiveOutcome.Duplicate, receiver.Receive(header, new byte[1], sink));
        Assert.Empty(sink.Messages);
    }

    [Fact]
    public void Release_returns_the_budget_of_partial_groups()
    {
        var budget = new ReceiveBudget(1_000_000);
        var receiver = new UnorderedReceiveChannel(0, budget, StreamWire.NewPool());
        var wire = Send(new byte[2 * Fragment]);
        receiver.Receive(wire[0].Header, wire[0].Payload, new RecordingSink());
        Assert.Equal(2 * Fragment, budget.UsedBytes);

        receiver.Release();

        Assert.Equal(0, budget.UsedBytes);
    }

    private static List<WireMessage> Send(int[] sizes)
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableUnordered, 0, 0, StreamWire.NewPool());
        foreach (var size in sizes)
        {
            sender.Enqueue(StreamWire.Payload(size, size));
        }

        return StreamWire.SendAll(sender);
    }

    private static List<WireMessage> Send(byte[] message)
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableUnordered, 0, 0, StreamWire.NewPool());
        sender.Enqueue(message);
        return StreamWire.SendAll(sender);
    }

    /// <summary>The messages as sorted hex strings: equal exactly when both hold the same messages the same number of times.</summary>
    private static List<string> Fingerprints(IEnumerable<byte[]> messages) =>
        messages.Select(Convert.ToHexString).Order(StringComparer.Ordinal).ToList();
}
