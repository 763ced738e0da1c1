using System.CommandLine;

namespace Metaverse.Server.Cli.Estimate;

/// <summary><c>metaverse-server estimate …</c>: population fitting and individual (MAP) dose finding from NONMEM-style data.</summary>
public static class EstimateCommand
{
    /// <summary>Exit code for bad flags, files or data (the message names the flag, field or line).</summary>
    public const int ExitBadInput = 2;

    public static Command Create()
    {
        var command = new Command("estimate", "Fit a population PK model (FOCE-I) or individualise a dose (MAP) from NONMEM-style CSV data.");
        command.Subcommands.Add(EstimatePopulationCommand.Create());
        command.Subcommands.Add(EstimateIndividualCommand.Create());
        return command;
    }

    /// <summary>Adds one string option per flag (values checked by hand so every bad value exits 2 naming the flag).</summary>
    internal static Dictionary<string, Option<string?>> AddFlags(Command command, (string Name, string Help)[] flags)
    {
        var options = flags.ToDictionary(f => f.Name, f => new Option<string?>(f.Name) { Description = f.Help });
        foreach (var option in options.Values)
        {
            command.Options.Add(option);
        }

        return options;
    }

    /// <summary>Writes "error: …" and returns <see cref="ExitBadInput"/>.</summary>
    internal static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return ExitBadInput;
    }
}
