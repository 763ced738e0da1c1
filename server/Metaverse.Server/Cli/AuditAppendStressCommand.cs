using System.CommandLine;
using System.CommandLine.Parsing;
using Metaverse.Server.Storage;

namespace Metaverse.Server.Cli;

/// <summary>
/// Hidden dev command <c>metaverse-server audit append-stress --db FILE --count N</c>: appends N records through
/// the writer queue with many in flight and prints <c>ACK seq</c> (flushed) as each append's commit completes.
/// The crash test kills it mid-run and checks that every acknowledged record survived.
/// </summary>
internal static class AuditAppendStressCommand
{
    /// <summary>Appends awaiting their commit at once; enough to fill large group commits.</summary>
    private const int MaxInFlight = 1_024;

    public static Command Create()
    {
        var database = AuditCommand.DatabaseOption();
        var count = new Option<int>("--count") { Description = "Records to append, 1–10,000,000", DefaultValueFactory = _ => 1_000 };
        count.Validators.Add(r => CheckRange(r, r.GetValueOrDefault<int>(), 1, 10_000_000));
        var command = new Command("append-stress", "Append records as fast as possible, printing 'ACK <seq>' as each is durable (dev/crash testing).")
        {
            database, count,
        };
        command.Hidden = true;
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(database), parse.GetValue(count),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, int count, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        StorageWriter writer;
        try
        {
            writer = StorageWriter.Open(path);
        }
        catch (Exception e) when (e is StorageSchemaException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return AuditCommand.ExitCannotOpen;
        }

        var acks = TextWriter.Synchronized(output);
        var errors = TextWriter.Synchronized(error);
        var failures = 0;
        await using (writer.ConfigureAwait(false))
        {
            using var window = new SemaphoreSlim(MaxInFlight);
            var pending = new List<Task>(count);
            try
            {
                for (var i = 1; i <= count; i++)
                {
                    await window.WaitAsync(cancellationToken).ConfigureAwait(false);
                    pending.Add(AppendOneAsync(i));
                }
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop issuing; what is in flight is still written and acknowledged below.
            }

            await Task.WhenAll(pending).ConfigureAwait(false);

            async Task AppendOneAsync(int i)
            {
                try
                {
                    var record = new AuditRecord("append-stress", "dev", null, "stress.append", $"record {i}", null, null, "audit append-stress test record");
                    var result = await writer.AppendAuditAsync(record, CancellationToken.None).ConfigureAwait(false);
                    if (result.Succeeded)
                    {
                        acks.WriteLine($"ACK {result.Id}");
                        acks.Flush();
                    }
                    else
                    {
                        Interlocked.Increment(ref failures);
                        errors.WriteLine($"append {i} failed: {result}");
                    }
                }
                finally
                {
                    window.Release();
                }
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static void CheckRange(OptionResult result, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            result.AddError($"{result.Option.Name} must be in {min}–{max}, got {value}");
        }
    }
}
