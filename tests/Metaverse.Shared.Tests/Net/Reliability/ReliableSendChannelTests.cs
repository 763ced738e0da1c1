using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Reliability;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Reliability;

public sealed class ReliableSendChannelTests
{
    private const int Fragment = Protocol.FragmentPayloadBytes;

    [Theory]
    [InlineData(0, 1)]
    [InlineData(Protocol.MaxUnfragmentedPayload, 1)]
    [InlineData(Protocol.MaxUnfragmentedPayload + 1, 2)]
    [InlineData(2 * Fragment, 2)]
    [InlineData((2 * Fragment) + 1, 3)]
    [InlineData(Protocol.MaxMessageBytes, Protocol.MaxFragments)]
    public void Message_is_split_into_fixed_size_fragments_with_consecutive_ids(int length, int expectedCount)
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableOrdered, 3, 7, StreamWire.NewPool());
        var message = StreamWire.Payload(length, 1);
        sender.Enqueue(message);
        var refs = new List<MessageRef>();

        var wire = StreamWire.SendAll(sender, refs);

        Assert.Equal(expectedCount, wire.Count);
        Assert.Equal(Enumerable.Range(0, expectedCount).Select(i => new MessageRef(7, (ushort)i)), refs);
        for (var i = 0; i < wire.Count; i++)
        {
            var header = wire[i].Header;
            Assert.Equal(DeliveryMethod.ReliableOrdered, header.Method);
            Assert.Equal(3, header.Channel);
            Assert.Equal(i, header.Id);
            Assert.Equal(expectedCount == 1 ? 0 : i, header.FragmentIndex);
            Assert.Equal(expectedCount, header.FragmentCount);
        }

        Assert.Equal(message, wire.SelectMany(m => m.Payload).ToArray());
        Assert.Equal(Protocol.ReservedBytes(length, expectedCount), sender.WindowReservedBytes);
    }

    [Fact]
    public void Pending_bytes_count_queued_messages_until_they_are_written()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableUnordered, 0, 0, StreamWire.NewPool());

        sender.Enqueue(new byte[10]);
        sender.Enqueue(new byte[3000]);
        Assert.Equal(3010, sender.PendingBytes);
        Assert.True(sender.HasPending);
        Assert.Equal(10, sender.NextReservation);

        StreamWire.SendAll(sender);
        Assert.Equal(0, sender.PendingBytes);
        Assert.False(sender.HasPending);
        Assert.Equal(10 + (3 * Fragment), sender.WindowReservedBytes);
    }

    [Fact]
    public void TryWriteNew_refuses_a_message_that_does_not_fit_the_buffer_and_keeps_it_queued()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableOrdered, 0, 0, StreamWire.NewPool());
        sender.Enqueue(new byte[100]);
        var buffer = new byte[100];
        var writer = new WireWriter(buffer);

        Assert.False(sender.TryWriteNew(ref writer, 0, out _, out _));
        Assert.Equal(0, writer.Position);
        Assert.True(sender.HasPending);
        Assert.Equal(0, sender.WindowReservedBytes);
        Assert.False(sender.IsIdle);
    }

    [Fact]
    public void Window_has_no_room_after_ReliableWindow_unacked_messages()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableOrdered, 0, 0, StreamWire.NewPool());
        for (var i = 0; i < Protocol.ReliableWindow + 76; i++)
        {
            sender.Enqueue([(byte)i]);
        }

        var refs = new List<MessageRef>();
        StreamWire.SendAll(sender, refs);

        Assert.Equal(Protocol.ReliableWindow, refs.Count);
        Assert.False(sender.WindowHasRoom);
        Assert.True(sender.HasPending);
        var buffer = new byte[StreamWire.DatagramPayloadBytes];
        var writer = new WireWriter(buffer);
        Assert.False(sender.TryWriteNew(ref writer, 0, out _, out _));
        Assert.Equal(0, writer.Position);

        sender.OnAcked(refs[5].Id);
        Assert.False(sender.WindowHasRoom);

        sender.OnAcked(refs[0].Id);
        Assert.True(sender.WindowHasRoom);
        var next = new List<MessageRef>();
        StreamWire.SendAll(sender, next);
        Assert.Equal([new MessageRef(0, Protocol.ReliableWindow)], next);
    }

    [Fact]
    public void Acks_advance_the_window_in_order_and_reserved_bytes_return_to_zero()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableOrdered, 0, 0, StreamWire.NewPool());
        sender.Enqueue(new byte[10]);
        sender.Enqueue(new byte[20]);
        sender.Enqueue(new byte[30]);
        var refs = new List<MessageRef>();
        StreamWire.SendAll(sender, refs);
        Assert.Equal(60, sender.WindowReservedBytes);

        sender.OnAcked(refs[1].Id);
        Assert.Equal(60, sender.WindowReservedBytes);

        sender.OnAcked(refs[0].Id);
        Assert.Equal(30, sender.WindowReservedBytes);
        Assert.False(sender.IsIdle);

        sender.OnAcked(refs[2].Id);
        Assert.Equal(0, sender.WindowReservedBytes);
        Assert.True(sender.IsIdle);
    }

    [Fact]
    public void Repeated_or_unknown_acks_change_nothing()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableOrdered, 0, 0, StreamWire.NewPool());
        sender.Enqueue(new byte[10]);
        sender.Enqueue(new byte[20]);
        var refs = new List<MessageRef>();
        StreamWire.SendAll(sender, refs);

        sender.OnAcked(refs[0].Id);
        sender.OnAcked(refs[0].Id);
        sender.OnAcked(500);
        sender.OnAcked(ushort.MaxValue);

        Assert.Equal(20, sender.WindowReservedBytes);
        Assert.False(sender.IsIdle);
    }

    [Theory]
    [InlineData(new[] { 0, 2, 1 })]
    [InlineData(new[] { 2, 1, 0 })]
    [InlineData(new[] { 1, 0, 2 })]
    public void Fragment_group_leaves_the_window_only_when_every_fragment_is_acked(int[] ackOrder)
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableUnordered, 0, 0, StreamWire.NewPool());
        sender.Enqueue(new byte[3 * Fragment]);
        Assert.Equal(3 * Fragment, sender.NextReservation);
        var refs = new List<MessageRef>();
        StreamWire.SendAll(sender, refs);
        Assert.Equal(3, refs.Count);

        sender.OnAcked(refs[ackOrder[0]].Id);
        sender.OnAcked(refs[ackOrder[1]].Id);
        Assert.Equal(3 * Fragment, sender.WindowReservedBytes);
        Assert.False(sender.IsIdle);

        sender.OnAcked(refs[ackOrder[2]].Id);
        Assert.Equal(0, sender.WindowReservedBytes);
        Assert.True(sender.IsIdle);
    }

    [Fact]
    public void Fragment_group_cut_by_a_full_window_stays_reserved_until_its_last_fragment_is_sent_and_acked()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableOrdered, 0, 0, StreamWire.NewPool());
        for (var i = 0; i < Protocol.ReliableWindow - 2; i++)
        {
            sender.Enqueue([1]);
        }

        sender.Enqueue(new byte[3 * Fragment]);
        var refs = new List<MessageRef>();
        StreamWire.SendAll(sender, refs);
        Assert.Equal(Protocol.ReliableWindow, refs.Count);
        Assert.True(sender.HasPending);
        Assert.Equal(0, sender.NextReservation);

        foreach (var reference in refs)
        {
            sender.OnAcked(reference.Id);
        }

        Assert.Equal(3 * Fragment, sender.WindowReservedBytes);
        Assert.True(sender.WindowHasRoom);

        var last = new List<MessageRef>();
        StreamWire.SendAll(sender, last);
        Assert.Equal([new MessageRef(0, Protocol.ReliableWindow)], last);
        Assert.Equal(3 * Fragment, sender.WindowReservedBytes);

        sender.OnAcked(last[0].Id);
        Assert.Equal(0, sender.WindowReservedBytes);
        Assert.True(sender.IsIdle);
    }

    [Fact]
    public void Lost_message_is_resent_once_with_the_same_header_and_payload()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableOrdered, 4, 9, StreamWire.NewPool());
        var payload = StreamWire.Payload(50, 3);
        sender.Enqueue(payload);
        var refs = new List<MessageRef>();
        var original = StreamWire.SendAll(sender, refs).Single();

        sender.OnLost(refs[0].Id);
        sender.OnLost(refs[0].Id);
        Assert.True(sender.HasResend);

        var buffer = new byte[StreamWire.DatagramPayloadBytes];
        var writer = new WireWriter(buffer);
        Assert.True(sender.TryWriteResend(ref writer, 0, out var written));
        Assert.False(sender.TryWriteResend(ref writer, 0, out _));
        Assert.False(sender.HasResend);
        Assert.Equal(refs[0], written);

        var resent = StreamWire.Parse(writer.Written).Single();
        Assert.Equal(original.Header, resent.Header);
        Assert.Equal(payload, resent.Payload);
    }

    [Fact]
    public void Lost_message_acked_meanwhile_is_not_resent()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableOrdered, 0, 0, StreamWire.NewPool());
        sender.Enqueue(new byte[50]);
        sender.Enqueue(new byte[60]);
        var refs = new List<MessageRef>();
        StreamWire.SendAll(sender, refs);

        sender.OnLost(refs[1].Id);
        sender.OnAcked(refs[1].Id);
        sender.OnAcked(refs[0].Id);
        sender.OnLost(refs[0].Id);

        var buffer = new byte[StreamWire.DatagramPayloadBytes];
        var writer = new WireWriter(buffer);
        Assert.False(sender.TryWriteResend(ref writer, 0, out _));
        Assert.Equal(0, writer.Position);
        Assert.False(sender.HasResend);
    }

    [Fact]
    public void Resend_that_does_not_fit_stays_queued()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableOrdered, 0, 0, StreamWire.NewPool());
        sender.Enqueue(new byte[500]);
        var refs = new List<MessageRef>();
        StreamWire.SendAll(sender, refs);
        sender.OnLost(refs[0].Id);

        var small = new byte[100];
        var smallWriter = new WireWriter(small);
        Assert.False(sender.TryWriteResend(ref smallWriter, 0, out _));
        Assert.True(sender.HasResend);

        var buffer = new byte[StreamWire.DatagramPayloadBytes];
        var writer = new WireWriter(buffer);
        Assert.True(sender.TryWriteResend(ref writer, 0, out _));
    }

    [Fact]
    public void ReliableSequenced_drops_older_queued_messages_when_a_newer_one_is_enqueued()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableSequenced, 1, 0, StreamWire.NewPool());
        sender.Enqueue(StreamWire.Payload(10, 1));
        sender.Enqueue(StreamWire.Payload(20, 2));
        var newest = StreamWire.Payload(30, 3);
        sender.Enqueue(newest);
        Assert.Equal(30, sender.PendingBytes);

        var wire = StreamWire.SendAll(sender);

        var only = Assert.Single(wire);
        Assert.Equal(DeliveryMethod.ReliableSequenced, only.Header.Method);
        Assert.Equal(newest, only.Payload);
    }

    [Fact]
    public void ReliableSequenced_drops_an_older_message_in_flight_when_a_newer_one_is_enqueued()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableSequenced, 0, 0, StreamWire.NewPool());
        sender.Enqueue(new byte[40]);
        var first = new List<MessageRef>();
        StreamWire.SendAll(sender, first);
        Assert.Equal(40, sender.WindowReservedBytes);

        sender.Enqueue(new byte[25]);
        Assert.Equal(0, sender.WindowReservedBytes);
        sender.OnLost(first[0].Id);
        Assert.False(sender.HasResend);

        var second = new List<MessageRef>();
        var wire = StreamWire.SendAll(sender, second);
        Assert.Equal(1, Assert.Single(wire).Header.Id);
        sender.OnAcked(second[0].Id);
        Assert.True(sender.IsIdle);
    }

    [Fact]
    public void ReliableOrdered_keeps_every_queued_message()
    {
        var sender = new ReliableSendChannel(DeliveryMethod.ReliableOrdered, 0, 0, StreamWire.NewPool());
        sender.Enqueue(new byte[10]);
        sender.Enqueue(new byte[20]);
        sender.Enqueue(new byte[30]);

        Assert.Equal(3, StreamWire.SendAll(sender).Count);
    }
}
