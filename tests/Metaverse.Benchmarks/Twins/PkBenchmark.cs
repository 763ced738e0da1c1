using System.CommandLine;

namespace Metaverse.Benchmarks.Twins;

/// <summary>Placeholder until the pk benchmark lands.</summary>
internal static class PkBenchmark
{
    public static Command Create() => new("pk", "pk model cost (not built yet)");
}
