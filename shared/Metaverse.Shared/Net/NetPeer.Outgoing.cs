using Metaverse.Shared.Net.Reliability;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Net;

/// <summary>Queuing and packing: how messages become datagrams.</summary>
public sealed partial class NetPeer
{
    private const int StreamsPerMethod = Protocol.MaxChannels;
    private readonly ReliableSendChannel?[] _sendStreams = new ReliableSendChannel?[3 * StreamsPerMethod];
    private readonly List<ReliableSendChannel> _activeSendStreams = [];
    private readonly List<OutboxEntry> _outbox = [];
    private readonly ushort[] _nextSequenced = new ushort[Protocol.MaxChannels];
    private readonly long _createdMicros;
    private byte[] _outboxBytes = [];
    private int _outboxLength;
    private int _outboxSent;
    private long _windowReservedBytes;
    private int _roundRobin;
    private uint _nextSequence = 1;
    private long _lastAckElicitingSendMicros;
    private long _lastConnectAttemptMicros = long.MinValue / 2;
    private byte[] _connectData = [];

    internal void SetConnectData(ReadOnlySpan<byte> data) => _connectData = data.ToArray();

    /// <summary>Packs and sends datagrams until nothing more may go out now.</summary>
    internal void Flush(long nowMicros)
    {
        while (State == PeerState.Connected && SendNextPacket(nowMicros))
        {
        }
    }

    private void EnqueueReliable(ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
    {
        var index = (((int)method - (int)DeliveryMethod.ReliableUnordered) * StreamsPerMethod) + channel;
        var stream = _sendStreams[index];
        if (stream is null)
        {
            stream = new ReliableSendChannel(method, channel, (byte)index, _host.Buffers);
            _sendStreams[index] = stream;
            _activeSendStreams.Add(stream);
        }

        var reservedBefore = stream.WindowReservedBytes;
        stream.Enqueue(message);
        _windowReservedBytes += stream.WindowReservedBytes - reservedBefore;
    }

    private void EnqueueUnreliable(ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
    {
        if (_outboxLength + message.Length > _outboxBytes.Length)
        {
            var grown = _host.Buffers.Rent(Math.Max(4096, 2 * (_outboxLength + message.Length)));
            _outboxBytes.AsSpan(0, _outboxLength).CopyTo(grown);
            ReturnOutbox();
            _outboxBytes = grown;
        }

        message.CopyTo(_outboxBytes.AsSpan(_outboxLength));
        var id = method == DeliveryMethod.Sequenced ? _nextSequenced[channel]++ : (ushort)0;
        _outbox.Add(new OutboxEntry(new MessageHeader(method, channel, id, 0, 1, message.Length), _outboxLength));
        _outboxLength += message.Length;
    }

    /// <summary>Builds one datagram: resends first, then unreliable messages, then new reliable ones. False when it carried no messages.</summary>
    private bool SendNextPacket(long nowMicros)
    {
        var ping = nowMicros - _lastAckElicitingSendMicros >= MonotonicClock.ToMicroseconds(_config.KeepAliveInterval);
        if (!ping && !_ackPending && _outboxSent == _outbox.Count && !(_congestion.CanSend && HasReliableWork()))
        {
            return false;
        }

        var datagram = _host.SendBuffer.AsSpan(0, Protocol.MaxDatagramBytes);
        var writer = new WireWriter(datagram) { Position = Protocol.DataHeaderBytes };
        var packet = _sentLog.Begin(_nextSequence, nowMicros, this);
        var resent = _congestion.CanSend ? WriteResends(ref writer, packet, nowMicros) : 0;
        var unreliable = WriteUnreliable(ref writer);
        var fresh = _congestion.CanSend || resent > 0 ? WriteNewReliable(ref writer, packet, nowMicros) : 0;
        var messages = resent + unreliable + fresh;
        var ackEliciting = messages > 0 || ping;
        if (!ackEliciting && !_ackPending)
        {
            return false;
        }

        var header = new DataHeader(ackEliciting ? PacketType.Data : PacketType.Ack, ConnectionId, _nextSequence, _received.Latest, _received.AckBits());
        var headerWriter = new WireWriter(datagram);
        header.Write(ref headerWriter);
        _host.SendDatagram(writer.Written, Address, Statistics, ackEliciting);
        Statistics.AddMessagesSent(unreliable + fresh);
        _host.Statistics.AddMessagesSent(unreliable + fresh);
        if (ackEliciting)
        {
            CommitTracked(packet, nowMicros, writer.Position);
        }

        _nextSequence = SequenceNumbers.NextPacket(_nextSequence);
        _ackPending = false;
        _ackElicitingSinceAck = 0;
        return messages > 0;
    }

    private void CommitTracked(SentPacket packet, long nowMicros, int bytes)
    {
        packet.CountsInFlight = packet.RefCount > 0;
        _sentLog.Commit(packet, nowMicros, bytes);
        _lastAckElicitingSendMicros = nowMicros;
        if (packet.CountsInFlight)
        {
            _congestion.OnSent(bytes);
        }
    }

    private int WriteResends(ref WireWriter writer, SentPacket packet, long nowMicros)
    {
        var written = 0;
        foreach (var stream in _activeSendStreams)
        {
            while (stream.HasResend && stream.TryWriteResend(ref writer, nowMicros, out var reference))
            {
                packet.AddRef(reference);
                Statistics.AddResent();
                _host.Statistics.AddResent();
                written++;
            }
        }

        return written;
    }

    private int WriteUnreliable(ref WireWriter writer)
    {
        var written = 0;
        while (_outboxSent < _outbox.Count)
        {
            var entry = _outbox[_outboxSent];
            if (entry.Header.EncodedSize + entry.Header.Length > writer.Remaining)
            {
                break;
            }

            entry.Header.Write(ref writer);
            writer.WriteBytes(_outboxBytes.AsSpan(entry.Offset, entry.Header.Length));
            _outboxSent++;
            written++;
        }

        if (_outboxSent == _outbox.Count)
        {
            _outbox.Clear();
            _outboxSent = 0;
            _outboxLength = 0;
        }

        return written;
    }

    /// <summary>New reliable messages, taking streams in turn so that one busy stream cannot starve the others.</summary>
    private int WriteNewReliable(ref WireWriter writer, SentPacket packet, long nowMicros)
    {
        var written = 0;
        var count = _activeSendStreams.Count;
        for (var turn = 0; turn < count; turn++)
        {
            var stream = _activeSendStreams[(_roundRobin + turn) % count];
            while (stream.HasPending && stream.WindowHasRoom
                && _windowReservedBytes + stream.NextReservation <= RemoteLimits.MaxReceiveBufferBytes
                && stream.TryWriteNew(ref writer, nowMicros, out var reference, out var reserved))
            {
                _windowReservedBytes += reserved;
                packet.AddRef(reference);
                written++;
            }
        }

        _roundRobin = count == 0 ? 0 : (_roundRobin + 1) % count;
        return written;
    }

    private void UpdateConnecting(long nowMicros)
    {
        if (nowMicros - _createdMicros >= MonotonicClock.ToMicroseconds(_config.ConnectTimeout))
        {
            Close(DisconnectReason.ConnectionFailed, $"no answer from {RemoteEndPoint} within {_config.ConnectTimeout.TotalSeconds:0.###} s", notifyRemote: false);
            return;
        }

        if (nowMicros - _lastConnectAttemptMicros >= MonotonicClock.ToMicroseconds(_config.ConnectRetryInterval))
        {
            _lastConnectAttemptMicros = nowMicros;
            var length = HandshakeCodec.WriteConnectRequest(_host.SendBuffer, Salt, _host.Limits, _host.AppKeyBytes, _connectData);
            _host.SendDatagram(_host.SendBuffer.AsSpan(0, length), Address, Statistics, tracked: false);
        }
    }

    /// <summary>The disconnect datagram goes out three times: it is never acknowledged, and the remote would otherwise wait for its timeout.</summary>
    private void SendDisconnect(DisconnectReason reason, string message)
    {
        var length = HandshakeCodec.WriteDisconnect(_host.SendBuffer, ConnectionId, reason, message);
        for (var copy = 0; copy < 3; copy++)
        {
            _host.SendDatagram(_host.SendBuffer.AsSpan(0, length), Address, Statistics, tracked: false);
        }
    }

    /// <summary>Reliable messages waiting to be sent or resent (the congestion window may still hold them back).</summary>
    private bool HasReliableWork()
    {
        foreach (var stream in _activeSendStreams)
        {
            if (stream.HasResend || stream.HasPending)
            {
                return true;
            }
        }

        return false;
    }

    private long PendingReliableBytes()
    {
        long total = 0;
        foreach (var stream in _activeSendStreams)
        {
            total += stream.PendingBytes;
        }

        return total;
    }

    private void ReleaseStreams()
    {
        foreach (var stream in _activeSendStreams)
        {
            stream.Release();
        }

        _activeSendStreams.Clear();
        Array.Clear(_sendStreams);
        ReleaseReceiveStreams();
        _outbox.Clear();
        ReturnOutbox();
        _outboxLength = 0;
        _outboxSent = 0;
    }

    private void ReturnOutbox()
    {
        if (_outboxBytes.Length > 0)
        {
            _host.Buffers.Return(_outboxBytes);
        }

        _outboxBytes = [];
    }

    private readonly record struct OutboxEntry(MessageHeader Header, int Offset);
}
