using Metaverse.Shared.Net.Security;

namespace Metaverse.Benchmarks.Transport;

/// <summary>Fixed session keys both benchmark processes know (the echo server has no sign-in to read them from).</summary>
internal static class BenchmarkKeys
{
    /// <summary>For the fastest cipher this machine runs, as a sign-in between two processes on it would choose.</summary>
    public static SessionKeys Keys { get; } = new(Enumerable.Repeat((byte)1, 32).ToArray(), Enumerable.Repeat((byte)2, 32).ToArray(), SealCiphers.Supported[0]);

    public static ReadOnlySpan<byte> Token => "bench"u8;
}
