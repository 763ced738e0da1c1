using Metaverse.Shared.Net.Reliability;

namespace Metaverse.Shared.Tests.Net.Reliability;

public sealed class CongestionControllerTests
{
    private const int Datagram = 1200;

    /// <summary>No loss tolerance: every loss event halves the window, as in classic Reno.</summary>
    private const double Reno = 0;

    /// <summary>Change of the smoothed loss rate per packet outcome.</summary>
    private const double Gain = 1.0 / 128;

    [Fact]
    public void Can_send_when_nothing_is_in_flight_even_with_a_window_smaller_than_a_datagram()
    {
        var congestion = new CongestionController(100, 100, 1000, Datagram, Reno);

        Assert.True(congestion.CanSend);

        congestion.OnSent(Datagram);
        Assert.False(congestion.CanSend);
    }

    [Fact]
    public void Can_send_only_while_one_more_datagram_fits_the_window()
    {
        var congestion = new CongestionController(4 * Datagram, Datagram, 100 * Datagram, Datagram, Reno);

        congestion.OnSent(3 * Datagram);
        Assert.True(congestion.CanSend);

        congestion.OnSent(1);
        Assert.False(congestion.CanSend);
        Assert.Equal((3 * Datagram) + 1, congestion.BytesInFlight);
    }

    [Fact]
    public void Slow_start_grows_the_window_by_the_acked_bytes()
    {
        var congestion = new CongestionController(4 * Datagram, Datagram, 100 * Datagram, Datagram, Reno);
        congestion.OnSent(Datagram);
        congestion.OnSent(500);

        congestion.OnAcked(Datagram, 10);
        Assert.Equal(5 * Datagram, congestion.WindowBytes);

        congestion.OnAcked(500, 20);
        Assert.Equal((5 * Datagram) + 500, congestion.WindowBytes);
        Assert.Equal(0, congestion.BytesInFlight);
    }

    [Fact]
    public void A_loss_halves_the_window_and_counts_a_congestion_event()
    {
        var congestion = new CongestionController(16 * Datagram, Datagram, 100 * Datagram, Datagram, Reno);
        congestion.OnSent(Datagram);

        congestion.OnLost(Datagram, 10, 100);

        Assert.Equal(8 * Datagram, congestion.WindowBytes);
        Assert.Equal(1, congestion.CongestionEvents);
        Assert.Equal(0, congestion.BytesInFlight);
    }

    [Fact]
    public void Only_the_first_loss_of_a_recovery_epoch_cuts_the_window()
    {
        var congestion = new CongestionController(16 * Datagram, Datagram, 100 * Datagram, Datagram, Reno);
        congestion.OnSent(Datagram);
        congestion.OnSent(Datagram);
        congestion.OnSent(Datagram);

        congestion.OnLost(Datagram, sentMicros: 10, nowMicros: 100);
        congestion.OnLost(Datagram, sentMicros: 20, nowMicros: 110);
        Assert.Equal(8 * Datagram, congestion.WindowBytes);
        Assert.Equal(1, congestion.CongestionEvents);

        congestion.OnLost(Datagram, sentMicros: 150, nowMicros: 300);
        Assert.Equal(4 * Datagram, congestion.WindowBytes);
        Assert.Equal(2, congestion.CongestionEvents);
        Assert.Equal(0, congestion.BytesInFlight);
    }

    [Fact]
    public void Acks_of_packets_sent_before_the_cut_do_not_grow_the_window()
    {
        var congestion = new CongestionController(16 * Datagram, Datagram, 100 * Datagram, Datagram, Reno);
        congestion.OnSent(3 * Datagram);
        congestion.OnLost(Datagram, sentMicros: 10, nowMicros: 100);

        congestion.OnAcked(Datagram, sentMicros: 50);
        Assert.Equal(8 * Datagram, congestion.WindowBytes);

        congestion.OnAcked(Datagram, sentMicros: 150);
        Assert.True(congestion.WindowBytes > 8 * Datagram);
    }

    [Fact]
    public void After_a_loss_the_window_grows_by_about_one_datagram_per_window_of_acked_bytes()
    {
        var congestion = new CongestionController(16 * Datagram, Datagram, 100 * Datagram, Datagram, Reno);
        congestion.OnSent(Datagram);
        congestion.OnLost(Datagram, sentMicros: 10, nowMicros: 100);
        var window = congestion.WindowBytes;

        congestion.OnSent(Datagram);
        congestion.OnAcked(Datagram, sentMicros: 200);

        Assert.Equal(window + (Datagram * Datagram / window), congestion.WindowBytes);

        var acked = Datagram;
        while (acked < window)
        {
            congestion.OnSent(Datagram);
            congestion.OnAcked(Datagram, sentMicros: 300);
            acked += Datagram;
        }

        Assert.InRange(congestion.WindowBytes, window + Datagram - 150, window + Datagram);
    }

    [Fact]
    public void Window_never_shrinks_below_the_minimum()
    {
        var congestion = new CongestionController(16 * Datagram, 3 * Datagram, 100 * Datagram, Datagram, Reno);

        for (var epoch = 0; epoch < 10; epoch++)
        {
            congestion.OnSent(Datagram);
            congestion.OnLost(Datagram, sentMicros: (epoch * 1000) + 1, nowMicros: (epoch * 1000) + 500);
            Assert.True(congestion.WindowBytes >= 3 * Datagram);
        }

        Assert.Equal(3 * Datagram, congestion.WindowBytes);
        Assert.Equal(10, congestion.CongestionEvents);
    }

    [Fact]
    public void Window_never_grows_above_the_maximum()
    {
        var congestion = new CongestionController(4 * Datagram, Datagram, 10 * Datagram, Datagram, Reno);

        for (var i = 0; i < 1000; i++)
        {
            congestion.OnSent(Datagram);
            congestion.OnAcked(Datagram, i);
            Assert.True(congestion.WindowBytes <= 10 * Datagram);
        }

        Assert.Equal(10 * Datagram, congestion.WindowBytes);
    }

    [Fact]
    public void Forgotten_bytes_leave_flight_without_changing_the_window()
    {
        var congestion = new CongestionController(4 * Datagram, Datagram, 10 * Datagram, Datagram, Reno);
        congestion.OnSent(2 * Datagram);

        congestion.OnForgotten(2 * Datagram);

        Assert.Equal(0, congestion.BytesInFlight);
        Assert.Equal(4 * Datagram, congestion.WindowBytes);
        Assert.Equal(0, congestion.CongestionEvents);
    }

    [Fact]
    public void Isolated_loss_below_the_tolerance_does_not_cut_the_window()
    {
        var congestion = new CongestionController(16 * Datagram, Datagram, 100 * Datagram, Datagram, 0.03);
        congestion.OnSent(Datagram);

        congestion.OnLost(Datagram, sentMicros: 10, nowMicros: 100);

        Assert.Equal(16 * Datagram, congestion.WindowBytes);
        Assert.Equal(0, congestion.CongestionEvents);
        Assert.Equal(0, congestion.BytesInFlight);
        Assert.Equal(Gain, congestion.SmoothedLossRate, 1e-12);
    }

    [Fact]
    public void Sustained_loss_above_the_tolerance_cuts_the_window()
    {
        var congestion = new CongestionController(16 * Datagram, Datagram, 100 * Datagram, Datagram, 0.03);

        // 1 − (127/128)^k first exceeds 3 % at the fourth loss.
        for (var loss = 1; loss <= 4; loss++)
        {
            congestion.OnSent(Datagram);
            congestion.OnLost(Datagram, sentMicros: loss * 1_000, nowMicros: (loss * 1_000) + 500);
            Assert.Equal(loss < 4 ? 0 : 1, congestion.CongestionEvents);
        }

        Assert.Equal(8 * Datagram, congestion.WindowBytes);
        Assert.Equal(1 - Math.Pow(1 - Gain, 4), congestion.SmoothedLossRate, 1e-12);
    }

    [Fact]
    public void Acks_decay_the_smoothed_loss_rate()
    {
        var congestion = new CongestionController(16 * Datagram, Datagram, 100 * Datagram, Datagram, 0.03);
        congestion.OnSent(Datagram);
        congestion.OnLost(Datagram, sentMicros: 10, nowMicros: 100);

        for (var i = 0; i < 128; i++)
        {
            congestion.OnSent(Datagram);
            congestion.OnAcked(Datagram, sentMicros: 200 + i);
        }

        Assert.Equal(Gain * Math.Pow(1 - Gain, 128), congestion.SmoothedLossRate, 1e-12);
    }

    [Fact]
    public void Ack_of_a_packet_without_reliable_data_decays_the_loss_rate_but_does_not_grow_the_window()
    {
        var congestion = new CongestionController(16 * Datagram, Datagram, 100 * Datagram, Datagram, 0.03);
        congestion.OnSent(Datagram);
        congestion.OnLost(Datagram, sentMicros: 10, nowMicros: 100);
        congestion.OnSent(Datagram);

        congestion.OnAcked(0, sentMicros: 200);

        Assert.Equal(16 * Datagram, congestion.WindowBytes);
        Assert.Equal(Datagram, congestion.BytesInFlight);
        Assert.Equal(Gain * (1 - Gain), congestion.SmoothedLossRate, 1e-12);
    }
}
