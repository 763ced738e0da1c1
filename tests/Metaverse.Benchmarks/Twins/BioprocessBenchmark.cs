using System.CommandLine;

namespace Metaverse.Benchmarks.Twins;

/// <summary>Placeholder until the bioprocess benchmark lands.</summary>
internal static class BioprocessBenchmark
{
    public static Command Create() => new("bioprocess", "bioprocess model cost (not built yet)");
}
