namespace Metaverse.Shared.Net.Reliability;

/// <summary>
/// AIMD congestion window over reliable bytes in flight, in the manner of TCP Reno (RFC 5681):
/// slow start doubles the window each round trip up to the threshold, then it grows by one datagram
/// per round trip; a loss halves it, at most once per round trip (a recovery epoch).
/// </summary>
internal sealed class CongestionController(int initialWindowBytes, int minWindowBytes, int maxWindowBytes, int datagramBytes)
{
    private readonly int _maxWindowBytes = maxWindowBytes;
    private long _recoveryStartMicros = long.MinValue;
    private int _slowStartThreshold = maxWindowBytes;

    public int WindowBytes { get; private set; } = initialWindowBytes;

    public int BytesInFlight { get; private set; }

    /// <summary>Losses that shrank the window (at most one per round trip).</summary>
    public long CongestionEvents { get; private set; }

    /// <summary>True when one more datagram may carry reliable data. An empty pipe always may.</summary>
    public bool CanSend => BytesInFlight == 0 || BytesInFlight + datagramBytes <= WindowBytes;

    public void OnSent(int bytes) => BytesInFlight += bytes;

    public void OnAcked(int bytes, long sentMicros)
    {
        BytesInFlight -= bytes;
        if (sentMicros <= _recoveryStartMicros)
        {
            return;
        }

        var growth = WindowBytes < _slowStartThreshold
            ? bytes
            : Math.Max(1, (int)((long)datagramBytes * bytes / WindowBytes));
        WindowBytes = Math.Min(_maxWindowBytes, WindowBytes + growth);
    }

    /// <summary>A packet sent at <paramref name="sentMicros"/> was lost; only the first loss of a round trip cuts the window.</summary>
    public void OnLost(int bytes, long sentMicros, long nowMicros)
    {
        BytesInFlight -= bytes;
        if (sentMicros <= _recoveryStartMicros)
        {
            return;
        }

        _recoveryStartMicros = nowMicros;
        WindowBytes = Math.Max(minWindowBytes, WindowBytes / 2);
        _slowStartThreshold = WindowBytes;
        CongestionEvents++;
    }

    /// <summary>A packet left the log without ack or loss (connection closing): stop counting it.</summary>
    public void OnForgotten(int bytes) => BytesInFlight -= bytes;
}
