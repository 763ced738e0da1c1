using System.CommandLine;

namespace Metaverse.Benchmarks.Twins;

/// <summary><c>metaverse-bench twins …</c>: cost of the twin models on one core (no sockets).</summary>
internal static class TwinBenchmarks
{
    public static Command Create()
    {
        var command = new Command("twins", "Cost of the twin models on one core: step cost, simulated time per wall-clock second, points per second.");
        command.Subcommands.Add(CdcBenchmark.Create());
        command.Subcommands.Add(BioprocessBenchmark.Create());
        command.Subcommands.Add(PkBenchmark.Create());
        command.Subcommands.Add(PatientTickBenchmark.Create());
        command.Subcommands.Add(EstimationBenchmark.Create());
        return command;
    }
}
