namespace Metaverse.Server.Hosting;

/// <summary>
/// Tick durations in microseconds: the last 2,048 for percentiles, and a histogram since start (fixed buckets,
/// <see cref="BucketUpperMicros"/>) from which a scraper computes percentiles over any window. Simulation thread only.
/// </summary>
public sealed class TickDurations
{
    private readonly long[] _buckets = new long[BucketUpperMicros.Length + 1];
    private readonly long[] _micros = new long[2048];
    private readonly long[] _sorted = new long[2048];
    private int _count;
    private int _next;

    /// <summary>Upper bounds of the histogram buckets, microseconds; a last bucket takes everything above.</summary>
    public static ReadOnlySpan<long> BucketUpperMicros =>
    [
        250, 500, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 8_000, 10_000, 12_000, 14_000, 16_000, 18_000, 20_000,
        22_000, 25_000, 28_000, 31_000, 33_000, 40_000, 50_000, 66_000, 100_000, 150_000, 250_000, 500_000,
    ];

    /// <summary>Ticks measured since start.</summary>
    public long Count { get; private set; }

    /// <summary>Sum of every tick's duration since start, microseconds.</summary>
    public long SumMicros { get; private set; }

    /// <summary>Cumulative counts since start: entry i counts ticks of at most <see cref="BucketUpperMicros"/>[i]; the last entry counts all.</summary>
    public long[] CumulativeBuckets()
    {
        var cumulative = new long[_buckets.Length];
        var total = 0L;
        for (var i = 0; i < _buckets.Length; i++)
        {
            cumulative[i] = total += _buckets[i];
        }

        return cumulative;
    }

    public void Add(long micros)
    {
        var bucket = 0;
        var bounds = BucketUpperMicros;
        while (bucket < bounds.Length && micros > bounds[bucket])
        {
            bucket++;
        }

        _buckets[bucket]++;
        Count++;
        SumMicros += micros;
        _micros[_next] = micros;
        _next = (_next + 1) % _micros.Length;
        _count = Math.Min(_count + 1, _micros.Length);
    }

    /// <summary>p50, p99 and maximum over the window, in microseconds; zeros before the first tick.</summary>
    public (long P50, long P99, long Max) Percentiles()
    {
        if (_count == 0)
        {
            return (0, 0, 0);
        }

        Array.Copy(_micros, _sorted, _count);
        Array.Sort(_sorted, 0, _count);
        return (_sorted[(_count - 1) / 2], _sorted[(int)Math.Ceiling(0.99 * _count) - 1], _sorted[_count - 1]);
    }
}
