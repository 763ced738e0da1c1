using Metaverse.Server.Storage;
using Microsoft.Data.Sqlite;

namespace Metaverse.Server.Tests.Storage;

/// <summary>A fresh temp directory per test holding the database file; deleted on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public TempDatabase()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "metaverse-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "data", "metaverse.db");
    }

    /// <summary>The test's own temp directory.</summary>
    public string Folder { get; }

    /// <summary>The database file; its parent directory does not exist until something opens it.</summary>
    public string Path { get; }

    public StorageWriter OpenWriter(StorageWriterOptions? options = null) => StorageWriter.Open(Path, options);

    /// <summary>A plain connection with none of the store's rules, for inspecting or tampering with the file.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public object? Scalar(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Execute(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="sql"/> with the append-only triggers dropped, as an attacker with file access could.</summary>
    public void Tamper(string sql) =>
        Execute($"DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; {sql}");

    /// <summary>Appends <paramref name="count"/> sample records one after another and shuts the writer down.</summary>
    public async Task AppendAsync(int count)
    {
        await using var writer = OpenWriter();
        for (var i = 1; i <= count; i++)
        {
            var result = await writer.AppendAuditAsync(Sample(i)).WaitAsync(Deadline);
            Assert.True(result.Succeeded, result.ToString());
        }
    }

    public static AuditRecord Sample(int i) =>
        new("alice", "operator", "line-1", "setpoint.change", $"valve-{i}", "10", "12", $"batch {i} needs more flow");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still be letting go of the file; the OS temp cleaner gets it later.
        }
    }
}
