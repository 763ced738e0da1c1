using System.CommandLine;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>Placeholder until the virtual cohort trial model lands.</summary>
internal static class SimulateTrialCommand
{
    public static Command Create()
    {
        var command = new Command("trial", "virtual cohort trial (not built yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("simulate trial: not built yet");
            return SimulateCommand.ExitBadInput;
        });
        return command;
    }
}
