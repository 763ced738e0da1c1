using Metaverse.Shared.Net.Reliability;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Reliability;

public sealed class SentPacketLogTests
{
    /// <summary>RTO of an estimator without samples: 100 ms + 4 × 50 ms.</summary>
    private const long InitialRto = 300_000;

    private readonly RttEstimator _rtt = new(1_000, 100_000_000);
    private readonly RecordingListener _listener = new();
    private readonly SentPacketLog _log;

    public SentPacketLogTests() => _log = new SentPacketLog(_rtt);

    [Fact]
    public void Ack_and_ack_bits_each_ack_a_packet_exactly_once()
    {
        for (var sequence = 1u; sequence <= 5; sequence++)
        {
            Send(sequence, 0);
        }

        // ack 5; bits 0, 1 and 3 → 4, 3 and 1; bit 2 (sequence 2) clear.
        _log.OnAck(5, 0b1011, 10_000, _listener);
        Assert.Equal([5u, 4u, 3u, 1u], _listener.Acked);

        _log.OnAck(5, 0b1111, 11_000, _listener);
        _log.OnAck(5, 0b1111, 12_000, _listener);
        Assert.Equal([5u, 4u, 3u, 1u, 2u], _listener.Acked);
        Assert.Empty(_listener.Lost);
    }

    [Fact]
    public void Ack_zero_means_nothing_received()
    {
        Send(1, 0);

        _log.OnAck(0, uint.MaxValue, 10_000, _listener);

        Assert.Empty(_listener.Acked);
        Assert.False(_rtt.HasSample);
    }

    [Fact]
    public void Only_the_ack_field_gives_an_rtt_sample()
    {
        Send(1, 0);
        Send(2, 10_000);

        // ack 3 (never sent); bit 1 → sequence 1.
        _log.OnAck(3, 0b10, 20_000, _listener);
        Assert.Equal([1u], _listener.Acked);
        Assert.False(_rtt.HasSample);

        _log.OnAck(2, 0, 60_000, _listener);
        Assert.Equal([1u, 2u], _listener.Acked);
        Assert.True(_rtt.HasSample);
        Assert.Equal(50_000, _rtt.SmoothedMicros);
    }

    [Fact]
    public void Packet_older_than_nine_eighths_rtt_with_a_later_one_acked_is_lost()
    {
        Send(1, 0);
        Send(2, 1_000);

        // RTT sample 40 ms: reorder threshold 45 ms, RTO 120 ms.
        _log.OnAck(2, 0, 41_000, _listener);
        Assert.Equal([2u], _listener.Acked);
        Assert.Empty(_listener.Lost);

        _log.DetectLosses(44_999, _listener);
        Assert.Empty(_listener.Lost);

        _log.DetectLosses(45_000, _listener);
        Assert.Equal([(1u, 45_000L)], _listener.Lost);
    }

    [Fact]
    public void Packet_with_no_later_ack_is_lost_only_after_the_retransmission_timeout()
    {
        Send(1, 0);

        _log.DetectLosses(InitialRto - 1, _listener);
        Assert.Empty(_listener.Lost);

        _log.DetectLosses(InitialRto, _listener);
        Assert.Equal([(1u, InitialRto)], _listener.Lost);
    }

    [Fact]
    public void Acking_an_older_packet_does_not_make_a_newer_one_lost_before_the_timeout()
    {
        Send(1, 0);
        Send(2, 0);

        // RTT sample 50 ms: reorder threshold 56.25 ms, RTO 150 ms.
        _log.OnAck(1, 0, 50_000, _listener);
        _log.DetectLosses(149_999, _listener);
        Assert.Empty(_listener.Lost);

        _log.DetectLosses(150_000, _listener);
        Assert.Equal([(2u, 150_000L)], _listener.Lost);
    }

    [Fact]
    public void Retransmission_timeout_doubles_after_each_timeout_loss_and_resets_on_an_ack()
    {
        Send(1, 0);
        _log.DetectLosses(InitialRto, _listener);
        Assert.Single(_listener.Lost);

        Send(2, 1_000_000);
        _log.DetectLosses(1_000_000 + (2 * InitialRto) - 1, _listener);
        Assert.Single(_listener.Lost);
        _log.DetectLosses(1_000_000 + (2 * InitialRto), _listener);
        Assert.Equal(2, _listener.Lost.Count);

        Send(3, 3_000_000);
        _log.DetectLosses(3_000_000 + (4 * InitialRto) - 1, _listener);
        Assert.Equal(2, _listener.Lost.Count);
        _log.DetectLosses(3_000_000 + (4 * InitialRto), _listener);
        Assert.Equal(3, _listener.Lost.Count);

        // Ack 4 through the ack bits only (5 was never sent), so the RTT estimate stays untouched.
        Send(4, 5_000_000);
        _log.OnAck(5, 0b1, 5_010_000, _listener);
        Assert.Equal([4u], _listener.Acked);
        Assert.False(_rtt.HasSample);

        Send(5, 6_000_000);
        _log.DetectLosses(6_000_000 + InitialRto - 1, _listener);
        Assert.Equal(3, _listener.Lost.Count);
        _log.DetectLosses(6_000_000 + InitialRto, _listener);
        Assert.Equal((5u, 6_000_000 + InitialRto), _listener.Lost[^1]);
    }

    [Fact]
    public void Retransmission_timeout_backoff_stops_at_64_times()
    {
        var now = 0L;
        for (var sequence = 1u; sequence <= 10; sequence++)
        {
            Send(sequence, now);
            now += 100 * InitialRto;
            _log.DetectLosses(now, _listener);
        }

        Assert.Equal(10, _listener.Lost.Count);
        Send(11, now);
        _log.DetectLosses(now + (64 * InitialRto) - 1, _listener);
        Assert.Equal(10, _listener.Lost.Count);
        _log.DetectLosses(now + (64 * InitialRto), _listener);
        Assert.Equal(11, _listener.Lost.Count);
    }

    [Fact]
    public void Begin_on_a_slot_whose_packet_is_still_pending_grows_the_log_instead_of_losing_it()
    {
        var initial = _log.Capacity;
        for (var sequence = 1u; sequence <= initial; sequence++)
        {
            Send(sequence, 0);
        }

        Assert.Equal(initial, _log.Capacity);

        Send((uint)initial + 1, 0);

        Assert.Equal(2 * initial, _log.Capacity);
        Assert.Empty(_listener.Lost);

        _log.OnAck((uint)initial + 1, uint.MaxValue, 100, _listener);
        Assert.Equal(33, _listener.Acked.Count);
        _log.OnAck(1, 0, 100, _listener);
        Assert.Equal(34, _listener.Acked.Count);
    }

    [Fact]
    public void Begin_on_a_slot_whose_packet_is_still_pending_at_full_size_declares_that_packet_lost()
    {
        for (var sequence = 1u; sequence <= Protocol.SentPacketLogSize; sequence++)
        {
            Send(sequence, 0);
        }

        Assert.Equal(Protocol.SentPacketLogSize, _log.Capacity);
        Assert.Empty(_listener.Lost);

        var reused = _log.Begin(1 + Protocol.SentPacketLogSize, 500, _listener);

        Assert.Equal([(1u, 500L)], _listener.Lost);
        Assert.Equal(1u + Protocol.SentPacketLogSize, reused.Sequence);
        Assert.False(reused.Pending);
        Assert.Equal(Protocol.SentPacketLogSize, _log.Capacity);
    }

    [Fact]
    public void Several_packets_timing_out_together_double_the_timeout_only_once()
    {
        Send(1, 0);
        Send(2, 0);
        Send(3, 0);
        _log.DetectLosses(InitialRto, _listener);
        Assert.Equal(3, _listener.Lost.Count);

        Send(4, 1_000_000);
        _log.DetectLosses(1_000_000 + (2 * InitialRto), _listener);

        Assert.Equal((4u, 1_000_000 + (2 * InitialRto)), _listener.Lost[^1]);
    }

    [Fact]
    public void Begin_on_a_slot_whose_packet_was_acked_declares_nothing()
    {
        Send(1, 0);
        _log.OnAck(1, 0, 100, _listener);

        _log.Begin(1 + Protocol.SentPacketLogSize, 500, _listener);

        Assert.Empty(_listener.Lost);
    }

    [Fact]
    public void Late_ack_for_a_packet_declared_lost_is_reported_once_as_a_spurious_loss()
    {
        Send(1, 0);
        _log.DetectLosses(InitialRto, _listener);

        _log.OnAck(1, 0, InitialRto + 1, _listener);
        _log.OnAck(2, 0b1, InitialRto + 2, _listener);
        _log.DetectLosses(100 * InitialRto, _listener);

        Assert.Single(_listener.Lost);
        Assert.Equal([1u], _listener.Spurious);
        Assert.Empty(_listener.Acked);
        Assert.False(_rtt.HasSample);
    }

    [Fact]
    public void Spurious_loss_widens_the_reordering_threshold_by_an_eighth_of_the_rtt()
    {
        var rtt = new RttEstimator(1_000_000, 100_000_000);
        var log = new SentPacketLog(rtt);

        // RTT 80 ms: a packet with a later one acked is lost at 9/8 × 80 = 90 ms.
        SendOn(log, 1, 0);
        SendOn(log, 2, 0);
        log.OnAck(2, 0, 80_000, _listener);
        log.DetectLosses(89_999, _listener);
        Assert.Empty(_listener.Lost);
        log.DetectLosses(90_000, _listener);
        Assert.Equal([(1u, 90_000L)], _listener.Lost);

        log.OnAck(1, 0, 95_000, _listener);
        Assert.Equal([1u], _listener.Spurious);

        // Now 10/8 × 80 = 100 ms.
        SendOn(log, 3, 1_000_000);
        SendOn(log, 4, 1_000_000);
        log.OnAck(4, 0, 1_080_000, _listener);
        log.DetectLosses(1_099_999, _listener);
        Assert.Single(_listener.Lost);
        log.DetectLosses(1_100_000, _listener);
        Assert.Equal((3u, 1_100_000L), _listener.Lost[^1]);
    }

    [Fact]
    public void Reordering_threshold_stops_widening_at_two_rtt()
    {
        var rtt = new RttEstimator(1_000_000, 100_000_000);
        var log = new SentPacketLog(rtt);
        uint sequence = 1;
        long now = 0;
        for (var round = 0; round < 12; round++)
        {
            var late = sequence++;
            SendOn(log, late, now);
            SendOn(log, sequence++, now);
            log.OnAck(sequence - 1, 0, now + 80_000, _listener);
            log.DetectLosses(now + 500_000, _listener);
            log.OnAck(late, 0, now + 600_000, _listener);
            now += 10_000_000;
        }

        Assert.Equal(12, _listener.Spurious.Count);
        SendOn(log, sequence++, now);
        SendOn(log, sequence, now);
        log.OnAck(sequence, 0, now + 80_000, _listener);
        log.DetectLosses(now + 159_999, _listener);
        Assert.Equal(12, _listener.Lost.Count);
        log.DetectLosses(now + 160_000, _listener);
        Assert.Equal(13, _listener.Lost.Count);
    }

    [Fact]
    public void Losses_are_found_across_the_sequence_wrap()
    {
        var sequences = new[] { uint.MaxValue - 1, uint.MaxValue, 1u, 2u };
        foreach (var sequence in sequences)
        {
            Send(sequence, 0);
        }

        // ack 2; bit 0 → 1, bit 2 → uint.MaxValue; uint.MaxValue − 1 stays unacked.
        _log.OnAck(2, 0b101, 40_000, _listener);
        Assert.Equal([2u, 1u, uint.MaxValue], _listener.Acked);
        Assert.Empty(_listener.Lost);

        _log.DetectLosses(45_000, _listener);
        Assert.Equal([(uint.MaxValue - 1, 45_000L)], _listener.Lost);
    }

    [Fact]
    public void Clear_forgets_pending_packets_and_their_bytes_in_flight()
    {
        var congestion = new CongestionController(10_000, 1_200, 100_000, 1_200, 0);
        var packet = _log.Begin(1, 0, _listener);
        packet.CountsInFlight = true;
        _log.Commit(packet, 0, 1_000);
        congestion.OnSent(1_000);
        Send(2, 0);

        _log.Clear(congestion);
        _log.DetectLosses(100 * InitialRto, _listener);

        Assert.Equal(0, congestion.BytesInFlight);
        Assert.Empty(_listener.Lost);
        Assert.False(packet.Pending);
    }

    private void Send(uint sequence, long nowMicros) => SendOn(_log, sequence, nowMicros);

    private void SendOn(SentPacketLog log, uint sequence, long nowMicros)
    {
        var packet = log.Begin(sequence, nowMicros, _listener);
        log.Commit(packet, nowMicros, 1_200);
    }

    private sealed class RecordingListener : ISentPacketListener
    {
        public List<uint> Acked { get; } = [];

        public List<(uint Sequence, long NowMicros)> Lost { get; } = [];

        public List<uint> Spurious { get; } = [];

        public void OnPacketAcked(SentPacket packet, long nowMicros)
        {
            Assert.False(packet.Pending);
            Acked.Add(packet.Sequence);
        }

        public void OnPacketLost(SentPacket packet, long nowMicros)
        {
            Assert.False(packet.Pending);
            Lost.Add((packet.Sequence, nowMicros));
        }

        public void OnSpuriousLoss(SentPacket packet) => Spurious.Add(packet.Sequence);
    }
}
