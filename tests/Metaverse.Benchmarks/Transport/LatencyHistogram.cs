namespace Metaverse.Benchmarks.Transport;

/// <summary>Round-trip times in 1 µs buckets up to 1 s (longer ones land in the last bucket).</summary>
internal sealed class LatencyHistogram
{
    private readonly long[] _buckets = new long[1_000_000];

    public long Count { get; private set; }

    public void Add(long micros)
    {
        _buckets[Math.Clamp(micros, 0, _buckets.Length - 1)]++;
        Count++;
    }

    public void Clear()
    {
        Array.Clear(_buckets);
        Count = 0;
    }

    /// <summary>The smallest RTT in µs at or below which the given fraction (0–1) of samples lie.</summary>
    public long Percentile(double fraction)
    {
        var target = (long)Math.Ceiling(fraction * Count);
        long seen = 0;
        for (var micros = 0; micros < _buckets.Length; micros++)
        {
            seen += _buckets[micros];
            if (seen >= target && seen > 0)
            {
                return micros;
            }
        }

        return 0;
    }
}
