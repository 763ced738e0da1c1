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

    /// <summary>
    /// A subcommand whose flags are all strings, checked by hand so every bad value exits 2 naming the flag;
    /// <paramref name="run"/> gets a flag reader and the output and error writers.
    /// </summary>
    internal static Command Define(string name, string description, (string Name, string Help)[] flags, Func<Func<string, string?>, TextWriter, TextWriter, int> run)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        var options = flags.ToDictionary(f => f.Name, f => new Option<string?>(f.Name) { Description = f.Help });
        foreach (var option in options.Values)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return parse.UnmatchedTokens.Count > 0
                ? Fail(error, $"unknown flag or value '{parse.UnmatchedTokens[0]}' (see estimate {name} --help)")
                : run(flag => parse.GetValue(options[flag]), output, error);
        });
        return command;
    }

    /// <summary>Writes "error: …" and returns <see cref="ExitBadInput"/>.</summary>
    internal static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return ExitBadInput;
    }
}
