using System.CommandLine;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>Placeholder until the freeze dryer, primary drying model lands.</summary>
internal static class SimulateLyoCommand
{
    public static Command Create()
    {
        var command = new Command("lyo", "freeze dryer, primary drying (not built yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("simulate lyo: not built yet");
            return SimulateCommand.ExitBadInput;
        });
        return command;
    }
}
