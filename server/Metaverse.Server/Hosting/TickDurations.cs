namespace Metaverse.Server.Hosting;

/// <summary>The last 2,048 tick durations in microseconds, for percentiles. Simulation thread only.</summary>
public sealed class TickDurations
{
    private readonly long[] _micros = new long[2048];
    private readonly long[] _sorted = new long[2048];
    private int _count;
    private int _next;

    public void Add(long micros)
    {
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
