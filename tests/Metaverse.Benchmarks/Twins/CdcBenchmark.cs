using System.CommandLine;

namespace Metaverse.Benchmarks.Twins;

/// <summary>Placeholder until the cdc benchmark lands.</summary>
internal static class CdcBenchmark
{
    public static Command Create() => new("cdc", "cdc model cost (not built yet)");
}
