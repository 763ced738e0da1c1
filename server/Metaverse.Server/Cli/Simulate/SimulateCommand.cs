using System.CommandLine;

namespace Metaverse.Server.Cli.Simulate;

/// <summary><c>metaverse-server simulate …</c>: runs a twin model offline and prints its trajectory.</summary>
internal static class SimulateCommand
{
    /// <summary>Exit code for bad flags or parameters (the message names the field and its range).</summary>
    public const int ExitBadInput = CliRunner.ExitBadInput;

    public static Command Create()
    {
        var command = new Command("simulate", "Run a twin model offline and print its channels over time (json, csv or svg).");
        command.Subcommands.Add(SimulateCdcCommand.Create());
        command.Subcommands.Add(SimulateBioreactorCommand.Create());
        command.Subcommands.Add(SimulateLyoCommand.Create());
        command.Subcommands.Add(SimulatePkCommand.Create());
        command.Subcommands.Add(SimulateTrialCommand.Create());
        return command;
    }
}
