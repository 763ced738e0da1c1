using System.CommandLine;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>Placeholder until the mAb fed-batch CHO bioreactor model lands.</summary>
internal static class SimulateBioreactorCommand
{
    public static Command Create()
    {
        var command = new Command("bioreactor", "mAb fed-batch CHO bioreactor (not built yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("simulate bioreactor: not built yet");
            return SimulateCommand.ExitBadInput;
        });
        return command;
    }
}
