namespace Metaverse.Shared.Net.Reliability;

/// <summary>
/// AIMD congestion window over reliable bytes in flight, in the manner of TCP Reno (RFC 5681): slow
/// start doubles the window each round trip up to the threshold, then it grows by one datagram per
/// round trip; a loss halves it, at most once per round trip (a recovery epoch).
/// </summary>
/// <remarks>
/// Loss-tolerant: a loss cuts the window only while the smoothed loss rate (each packet's outcome moves
/// it by 1/128) is above <c>lossTolerance</c>. Isolated random losses, as on Wi-Fi, then cost a resend
/// but not half the throughput; sustained loss above the tolerance, and the bursts a full router queue
/// causes, still halve the window. A tolerance of 0 is classic Reno.
/// </remarks>
internal sealed class CongestionController(int initialWindowBytes, int minWindowBytes, int maxWindowBytes, int datagramBytes, double lossTolerance)
{
    private const double LossRateGain = 1.0 / 128;
    private readonly int _maxWindowBytes = maxWindowBytes;
    private long _recoveryStartMicros = long.MinValue;
    private int _slowStartThreshold = maxWindowBytes;

    public int WindowBytes { get; private set; } = initialWindowBytes;

    public int BytesInFlight { get; private set; }

    /// <summary>Losses that shrank the window (at most one per round trip).</summary>
    public long CongestionEvents { get; private set; }

    /// <summary>Exponentially smoothed fraction of tracked packets lost, 0–1.</summary>
    public double SmoothedLossRate { get; private set; }

    /// <summary>True when one more datagram may carry reliable data. An empty pipe always may.</summary>
    public bool CanSend => BytesInFlight == 0 || BytesInFlight + datagramBytes <= WindowBytes;

    public void OnSent(int bytes) => BytesInFlight += bytes;

    /// <summary>An ack for a tracked packet; <paramref name="inFlightBytes"/> is 0 when it carried no reliable data.</summary>
    public void OnAcked(int inFlightBytes, long sentMicros)
    {
        SmoothedLossRate -= LossRateGain * SmoothedLossRate;
        if (inFlightBytes == 0)
        {
            return;
        }

        BytesInFlight -= inFlightBytes;
        if (sentMicros <= _recoveryStartMicros)
        {
            return;
        }

        var growth = WindowBytes < _slowStartThreshold
            ? inFlightBytes
            : Math.Max(1, (int)((long)datagramBytes * inFlightBytes / WindowBytes));
        WindowBytes = Math.Min(_maxWindowBytes, WindowBytes + growth);
    }

    /// <summary>A tracked packet sent at <paramref name="sentMicros"/> was lost; <paramref name="inFlightBytes"/> is 0 when it carried no reliable data.</summary>
    public void OnLost(int inFlightBytes, long sentMicros, long nowMicros)
    {
        SmoothedLossRate += LossRateGain * (1 - SmoothedLossRate);
        BytesInFlight -= inFlightBytes;
        if (sentMicros <= _recoveryStartMicros || SmoothedLossRate <= lossTolerance)
        {
            return;
        }

        _recoveryStartMicros = nowMicros;
        WindowBytes = Math.Max(minWindowBytes, WindowBytes / 2);
        _slowStartThreshold = WindowBytes;
        CongestionEvents++;
    }

    /// <summary>A packet declared lost was acknowledged after all: its loss no longer counts in the smoothed rate (a window cut already made stays).</summary>
    public void OnSpuriousLoss() => SmoothedLossRate = Math.Max(0, SmoothedLossRate - LossRateGain);

    /// <summary>A packet left the log without ack or loss (connection closing): stop counting it.</summary>
    public void OnForgotten(int bytes) => BytesInFlight -= bytes;
}
