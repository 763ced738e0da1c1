using System.CommandLine;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>Placeholder until the continuous direct compression line model lands.</summary>
internal static class SimulateCdcCommand
{
    public static Command Create()
    {
        var command = new Command("cdc", "continuous direct compression line (not built yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("simulate cdc: not built yet");
            return SimulateCommand.ExitBadInput;
        });
        return command;
    }
}
