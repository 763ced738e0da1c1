using Microsoft.Data.Sqlite;

namespace Metaverse.Server.Storage;

/// <summary>
/// Opens connections to the server's one SQLite file with the settings every connection needs:
/// WAL journal, <c>synchronous=FULL</c> (a commit is on disk when it returns), foreign keys and a busy
/// timeout. Connections are not pooled, so closing one really closes the file.
/// </summary>
internal static class DatabaseFile
{
    /// <summary>How long a connection waits for another connection's lock before failing, in milliseconds.</summary>
    public const int BusyTimeoutMs = 5_000;

    /// <summary>
    /// Opens the connection the single writer owns: creates the file and its parent directory when missing,
    /// switches the file to WAL and migrates the schema to <see cref="Migrations.LatestVersion"/>.
    /// </summary>
    /// <exception cref="StorageSchemaException">The file's schema is newer than this build knows.</exception>
    public static SqliteConnection OpenForWriting(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = Open(fullPath, SqliteOpenMode.ReadWriteCreate);
        try
        {
            var mode = Scalar(connection, "PRAGMA journal_mode=WAL;");
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new StorageSchemaException($"database '{fullPath}' could not be switched to WAL (journal_mode is '{mode}')");
            }

            Migrator.Apply(connection, fullPath);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens a query-only connection to an existing, fully migrated file. Readers never block the writer
    /// (WAL): each sees the last commit made before its read transaction began.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="StorageSchemaException">The file's schema version is not the one this build uses.</exception>
    public static SqliteConnection OpenForReading(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"database file '{fullPath}' does not exist", fullPath);
        }

        var connection = Open(fullPath, SqliteOpenMode.ReadWrite);
        try
        {
            Execute(connection, "PRAGMA query_only=ON;");
            var version = Migrator.ReadVersion(connection);
            if (version > Migrations.LatestVersion)
            {
                throw StorageSchemaException.TooNew(fullPath, version);
            }

            if (version < Migrations.LatestVersion)
            {
                throw new StorageSchemaException(
                    $"database '{fullPath}' has schema version {version}, this build uses version {Migrations.LatestVersion}; open it with the server once to migrate it");
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static SqliteConnection Open(string fullPath, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = mode,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout={BusyTimeoutMs}; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
