using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Net.Reliability;

/// <summary>
/// Ack-eliciting packets in flight, by sequence. Applies incoming acks and declares losses in the
/// manner of RFC 9002: a packet is lost when a later one was acked and it is older than a reordering
/// threshold (9/8 of the RTT at first), or when it is older than the retransmission timeout (which
/// doubles while nothing is acked). A late ack for a packet declared lost widens the threshold by
/// 1/8 RTT, up to 2 RTT, as RFC 9002 §6.1.2 allows, so a jittery path stops producing false losses.
/// </summary>
internal sealed class SentPacketLog(RttEstimator rtt)
{
    private const int InitialSlots = 64;
    private const int MaxBackoff = 6;
    private const int MaxReorderEighths = 16;
    private SentPacket?[] _slots = new SentPacket?[InitialSlots];
    private uint _oldestPending;
    private uint _newestSent;
    private uint _largestAcked;
    private int _backoff;
    private int _reorderEighths = 9;

    /// <summary>Slots in use: grows (doubling) while packets in flight would overwrite pending ones, up to <see cref="Protocol.SentPacketLogSize"/>.</summary>
    public int Capacity => _slots.Length;

    private uint Mask => (uint)_slots.Length - 1;

    /// <summary>
    /// Starts a packet with this sequence. A still-pending packet in its slot makes the log grow; at full
    /// size that packet is declared lost instead.
    /// </summary>
    public SentPacket Begin(uint sequence, long nowMicros, ISentPacketListener listener)
    {
        while (_slots[sequence & Mask] is { Pending: true } && _slots.Length < Protocol.SentPacketLogSize)
        {
            Grow();
        }

        var slot = _slots[sequence & Mask] ??= new SentPacket();
        if (slot.Pending)
        {
            slot.Pending = false;
            listener.OnPacketLost(slot, nowMicros);
        }

        slot.Reset(sequence);
        return slot;
    }

    public void Commit(SentPacket packet, long nowMicros, int bytes)
    {
        packet.MarkSent(nowMicros, bytes);
        if (_newestSent == 0 || !HasPending())
        {
            _oldestPending = packet.Sequence;
        }

        _newestSent = packet.Sequence;
    }

    /// <summary>Applies the ack field of a received header, then looks for losses it reveals.</summary>
    public void OnAck(uint ack, uint ackBits, long nowMicros, ISentPacketListener listener)
    {
        if (ack == 0)
        {
            return;
        }

        if (TryAck(ack, nowMicros, listener, out var sentMicros))
        {
            rtt.AddSample(nowMicros - sentMicros);
        }

        for (var i = 0; i < Protocol.AckBits; i++)
        {
            if ((ackBits & (1u << i)) != 0)
            {
                TryAck(ack - 1 - (uint)i, nowMicros, listener, out _);
            }
        }

        DetectLosses(nowMicros, listener);
    }

    /// <summary>Declares lost every pending packet past its deadline. Call on every poll.</summary>
    public void DetectLosses(long nowMicros, ISentPacketListener listener)
    {
        var reorderDelay = Math.Max(1_000, _reorderEighths * Math.Max(rtt.SmoothedMicros, rtt.LatestMicros) / 8);
        var timeout = rtt.RetransmitTimeoutMicros << _backoff;
        var timedOut = false;
        while (HasPending())
        {
            var slot = _slots[_oldestPending & Mask];
            if (slot is { Pending: true } && slot.Sequence == _oldestPending)
            {
                var age = nowMicros - slot.SentMicros;
                var ackedLater = _largestAcked != 0 && SequenceNumbers.IsNewer(_largestAcked, slot.Sequence);
                if (!(ackedLater && age >= reorderDelay) && age < timeout)
                {
                    break;
                }

                timedOut |= !ackedLater;
                slot.Pending = false;
                slot.DeclaredLost = true;
                listener.OnPacketLost(slot, nowMicros);
            }

            _oldestPending = SequenceNumbers.NextPacket(_oldestPending);
        }

        _backoff = timedOut ? Math.Min(MaxBackoff, _backoff + 1) : _backoff;
    }

    /// <summary>Forgets every pending packet (the connection is closing).</summary>
    public void Clear(CongestionController congestion)
    {
        foreach (var slot in _slots)
        {
            if (slot is { Pending: true })
            {
                slot.Pending = false;
                if (slot.CountsInFlight)
                {
                    congestion.OnForgotten(slot.Bytes);
                }
            }
        }
    }

    /// <summary>Doubles the slots; entries keep their sequence, so each lands in one of its two new places without collisions.</summary>
    private void Grow()
    {
        var grown = new SentPacket?[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot is not null)
            {
                grown[slot.Sequence & (uint)(grown.Length - 1)] = slot;
            }
        }

        _slots = grown;
    }

    private bool HasPending() => _newestSent != 0 && !SequenceNumbers.IsNewer(_oldestPending, _newestSent);

    private bool TryAck(uint sequence, long nowMicros, ISentPacketListener listener, out long sentMicros)
    {
        sentMicros = 0;
        var slot = _slots[sequence & Mask];
        if (slot is null || slot.Sequence != sequence)
        {
            return false;
        }

        if (slot.DeclaredLost)
        {
            slot.DeclaredLost = false;
            _backoff = 0;
            _reorderEighths = Math.Min(MaxReorderEighths, _reorderEighths + 1);
            listener.OnSpuriousLoss(slot);
            return false;
        }

        if (!slot.Pending)
        {
            return false;
        }

        slot.Pending = false;
        sentMicros = slot.SentMicros;
        _backoff = 0;
        if (_largestAcked == 0 || SequenceNumbers.IsNewer(sequence, _largestAcked))
        {
            _largestAcked = sequence;
        }

        listener.OnPacketAcked(slot, nowMicros);
        return true;
    }
}
