using Metaverse.Shared.Net.Security;

namespace Metaverse.Benchmarks.Transport;

/// <summary>Fixed session keys both benchmark processes know (the echo server has no sign-in to read them from).</summary>
internal static class BenchmarkKeys
{
    public static SessionKeys Keys { get; } = new(Enumerable.Repeat((byte)1, 32).ToArray(), Enumerable.Repeat((byte)2, 32).ToArray());

    public static ReadOnlySpan<byte> Token => "bench"u8;
}
