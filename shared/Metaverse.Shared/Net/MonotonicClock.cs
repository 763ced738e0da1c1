using System.Diagnostics;

namespace Metaverse.Shared.Net;

/// <summary>Monotonic time in microseconds: the transport's only clock, and the server's for tick times and intent arrivals.</summary>
public static class MonotonicClock
{
    private static readonly long TicksPerMicrosecond = Math.Max(1, Stopwatch.Frequency / 1_000_000);

    public static long NowMicroseconds => Stopwatch.GetTimestamp() / TicksPerMicrosecond;

    public static long ToMicroseconds(TimeSpan span) => span.Ticks / TimeSpan.TicksPerMicrosecond;
}
