using System.CommandLine;
using Metaverse.Server.Storage;

namespace Metaverse.Server.Cli;

/// <summary>
/// <c>metaverse-server audit verify --db FILE</c>: walks the hash chain. Prints <c>ok: N records</c> and exits 0,
/// or <c>broken at record N: reason</c> and exits 1; exits 2 when the file cannot be opened.
/// </summary>
internal static class AuditVerifyCommand
{
    public static Command Create()
    {
        var database = AuditCommand.DatabaseOption();
        var command = new Command("verify", "Check that no audit record was changed, removed or reordered.") { database };
        command.SetAction(parse => Run(parse.GetRequiredValue(database), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string path, TextWriter output, TextWriter error)
    {
        AuditVerification verdict;
        try
        {
            verdict = AuditVerifier.Verify(path);
        }
        catch (Exception e) when (e is FileNotFoundException or StorageSchemaException or Microsoft.Data.Sqlite.SqliteException)
        {
            error.WriteLine($"error: {e.Message}");
            return AuditCommand.ExitCannotOpen;
        }

        switch (verdict)
        {
            case AuditVerification.Ok ok:
                output.WriteLine($"ok: {ok.RecordCount} records");
                return 0;
            case AuditVerification.Broken broken:
                output.WriteLine($"broken at record {broken.Seq}: {broken.Reason}");
                return 1;
            default:
                throw new InvalidOperationException($"unknown verdict {verdict}");
        }
    }
}
