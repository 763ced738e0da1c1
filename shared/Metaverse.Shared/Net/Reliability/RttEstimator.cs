namespace Metaverse.Shared.Net.Reliability;

/// <summary>
/// Round-trip time as in RFC 6298 (smoothed RTT and variance, retransmission timeout) plus an RFC 3550
/// style jitter: the smoothed difference between consecutive samples. All values in microseconds.
/// </summary>
internal sealed class RttEstimator(long minRtoMicros, long maxRtoMicros)
{
    /// <summary>Assumed RTT before the first sample.</summary>
    private const long InitialRttMicros = 100_000;

    /// <summary>Clock granularity term of RFC 6298 (the poll loop is millisecond-grained).</summary>
    private const long GranularityMicros = 1_000;

    public bool HasSample { get; private set; }

    public long SmoothedMicros { get; private set; } = InitialRttMicros;

    public long VarianceMicros { get; private set; } = InitialRttMicros / 2;

    public long LatestMicros { get; private set; } = InitialRttMicros;

    public long JitterMicros { get; private set; }

    public long RetransmitTimeoutMicros =>
        Math.Clamp(SmoothedMicros + Math.Max(GranularityMicros, 4 * VarianceMicros), minRtoMicros, maxRtoMicros);

    public void AddSample(long rttMicros)
    {
        rttMicros = Math.Max(1, rttMicros);
        if (!HasSample)
        {
            SmoothedMicros = rttMicros;
            VarianceMicros = rttMicros / 2;
            HasSample = true;
        }
        else
        {
            JitterMicros += (Math.Abs(rttMicros - LatestMicros) - JitterMicros) / 16;
            VarianceMicros = (3 * VarianceMicros + Math.Abs(SmoothedMicros - rttMicros)) / 4;
            SmoothedMicros = (7 * SmoothedMicros + rttMicros) / 8;
        }

        LatestMicros = rttMicros;
    }
}
