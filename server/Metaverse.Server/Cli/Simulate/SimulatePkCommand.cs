using System.CommandLine;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>Placeholder until the PK concentration-time profile model lands.</summary>
internal static class SimulatePkCommand
{
    public static Command Create()
    {
        var command = new Command("pk", "PK concentration-time profile (not built yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("simulate pk: not built yet");
            return SimulateCommand.ExitBadInput;
        });
        return command;
    }
}
