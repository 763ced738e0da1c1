using System.CommandLine;

namespace Metaverse.Server.Cli;

/// <summary><c>metaverse-server audit …</c>: tools for the audit log in the server's database file.</summary>
internal static class AuditCommand
{
    /// <summary>Exit code when the database cannot be opened (missing file, unknown schema version).</summary>
    public const int ExitCannotOpen = 2;

    public static Command Create()
    {
        var command = new Command("audit", "Tools for the tamper-evident audit log.");
        command.Subcommands.Add(AuditVerifyCommand.Create());
        command.Subcommands.Add(AuditAppendStressCommand.Create());
        return command;
    }

    /// <summary>The required <c>--db FILE</c> option every audit command takes.</summary>
    public static Option<string> DatabaseOption() => new("--db")
    {
        Description = "Path of the server's SQLite database file",
        Required = true,
        HelpName = "FILE",
    };
}
