using Metaverse.Shared.Net.Reliability;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Net;

/// <summary>Incoming data packets: validation, acks, and delivery through the receive streams.</summary>
public sealed partial class NetPeer
{
    private readonly OrderedReceiveChannel?[] _ordered = new OrderedReceiveChannel?[Protocol.MaxChannels];
    private readonly UnorderedReceiveChannel?[] _unordered = new UnorderedReceiveChannel?[Protocol.MaxChannels];
    private readonly LatestOnlyReceiveChannel?[] _sequenced = new LatestOnlyReceiveChannel?[Protocol.MaxChannels];
    private readonly LatestOnlyReceiveChannel?[] _reliableSequenced = new LatestOnlyReceiveChannel?[Protocol.MaxChannels];
    private long _lastReceiveMicros;
    private bool _ackPending;
    private int _ackElicitingSinceAck;

    /// <summary>
    /// Handles a Data or Ack datagram. The whole packet is validated before anything in it takes effect,
    /// so a malformed packet is dropped without being acknowledged or half-applied.
    /// </summary>
    internal void ProcessData(ReadOnlySpan<byte> datagram, long nowMicros)
    {
        var reader = new WireReader(datagram);
        if (!DataHeader.TryRead(ref reader, out var header))
        {
            _host.Drop(DropReason.Truncated);
            return;
        }

        if (header.ConnectionId != ConnectionId || State != PeerState.Connected)
        {
            _host.Drop(DropReason.WrongConnectionId);
            return;
        }

        if (_received.IsStale(header.Sequence) || _received.IsDuplicate(header.Sequence))
        {
            _host.Drop(_received.IsStale(header.Sequence) ? DropReason.Stale : DropReason.Duplicate);
            return;
        }

        var body = datagram[reader.Position..];
        if (header.Type == PacketType.Ack ? body.Length != 0 : !AreMessagesWellFormed(body))
        {
            _host.Drop(DropReason.Malformed);
            return;
        }

        _received.Record(header.Sequence);
        _lastReceiveMicros = nowMicros;
        Statistics.AddReceived(datagram.Length);
        _sentLog.OnAck(header.Ack, header.AckBits, nowMicros, this);
        if (header.Type == PacketType.Data)
        {
            _ackPending = true;
            DeliverMessages(body);
            if (++_ackElicitingSinceAck >= Protocol.ImmediateAckThreshold && State == PeerState.Connected)
            {
                SendNextPacket(nowMicros);
            }
        }
    }

    void ISentPacketListener.OnPacketAcked(SentPacket packet, long nowMicros)
    {
        _congestion.OnAcked(packet.CountsInFlight ? packet.Bytes : 0, packet.SentMicros);

        AcknowledgeMessages(packet);
    }

    void ISentPacketListener.OnPacketLost(SentPacket packet, long nowMicros)
    {
        Statistics.AddLost();
        _host.Statistics.AddLost();
        _congestion.OnLost(packet.CountsInFlight ? packet.Bytes : 0, packet.SentMicros, nowMicros);

        foreach (var reference in packet.Refs)
        {
            _sendStreams[reference.Stream]?.OnLost(reference.Id);
        }
    }

    /// <summary>The packet arrived after all: its messages are acknowledged, so queued resends of them are skipped.</summary>
    void ISentPacketListener.OnSpuriousLoss(SentPacket packet)
    {
        Statistics.AddSpuriousLoss();
        _host.Statistics.AddSpuriousLoss();
        _congestion.OnSpuriousLoss();
        AcknowledgeMessages(packet);
    }

    void IMessageSink.Deliver(DeliveryMethod method, byte channel, ReadOnlySpan<byte> message)
    {
        if (State != PeerState.Connected)
        {
            return;
        }

        Statistics.AddMessageReceived();
        _host.Statistics.AddMessageReceived();
        _host.Listener.OnMessage(this, message, method, channel);
    }

    private void AcknowledgeMessages(SentPacket packet)
    {
        foreach (var reference in packet.Refs)
        {
            var stream = _sendStreams[reference.Stream];
            if (stream is not null)
            {
                var reservedBefore = stream.WindowReservedBytes;
                stream.OnAcked(reference.Id);
                _windowReservedBytes += stream.WindowReservedBytes - reservedBefore;
            }
        }
    }

    private bool AreMessagesWellFormed(ReadOnlySpan<byte> body)
    {
        var reader = new WireReader(body);
        while (reader.Remaining > 0)
        {
            if (!MessageHeader.TryRead(ref reader, _config.ChannelCount, _host.Limits.MaxFragments, out var message)
                || !reader.TryReadBytes(message.Length, out _))
            {
                return false;
            }
        }

        return true;
    }

    private void DeliverMessages(ReadOnlySpan<byte> body)
    {
        var reader = new WireReader(body);
        while (reader.Remaining > 0 && State == PeerState.Connected)
        {
            MessageHeader.TryRead(ref reader, _config.ChannelCount, _host.Limits.MaxFragments, out var message);
            reader.TryReadBytes(message.Length, out var payload);
            var outcome = Receive(message, payload);
            if (outcome is ReceiveOutcome.Invalid or ReceiveOutcome.OverBudget)
            {
                var what = outcome == ReceiveOutcome.Invalid ? "a reliable message outside its window" : $"more than the {_config.MaxReceiveBufferBytes}-byte receive buffer";
                Close(DisconnectReason.ProtocolViolation, $"the remote sent {what}", notifyRemote: true);
            }
        }
    }

    private ReceiveOutcome Receive(in MessageHeader message, ReadOnlySpan<byte> payload)
    {
        var channel = message.Channel;
        switch (message.Method)
        {
            case DeliveryMethod.Unreliable:
                ((IMessageSink)this).Deliver(DeliveryMethod.Unreliable, channel, payload);
                return ReceiveOutcome.Delivered;
            case DeliveryMethod.Sequenced:
                return (_sequenced[channel] ??= new LatestOnlyReceiveChannel(DeliveryMethod.Sequenced, channel)).Receive(message.Id, payload, this);
            case DeliveryMethod.ReliableSequenced:
                return (_reliableSequenced[channel] ??= new LatestOnlyReceiveChannel(DeliveryMethod.ReliableSequenced, channel)).Receive(message.Id, payload, this);
            case DeliveryMethod.ReliableOrdered:
                return (_ordered[channel] ??= new OrderedReceiveChannel(channel, _receiveBudget, _host.Buffers)).Receive(message, payload, this);
            default:
                return (_unordered[channel] ??= new UnorderedReceiveChannel(channel, _receiveBudget, _host.Buffers)).Receive(message, payload, this);
        }
    }

    private void ReleaseReceiveStreams()
    {
        foreach (var stream in _ordered)
        {
            stream?.Release();
        }

        foreach (var stream in _unordered)
        {
            stream?.Release();
        }

        Array.Clear(_ordered);
        Array.Clear(_unordered);
    }
}
