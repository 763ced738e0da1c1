using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Metaverse.Server.Storage;

/// <summary>
/// Brings a file's schema (its <c>PRAGMA user_version</c>) up to <see cref="Migrations.LatestVersion"/>,
/// one step per transaction, so a crash leaves the file at a whole version.
/// </summary>
internal static class Migrator
{
    /// <summary>Applies every step newer than the file's version; returns the version the file ends at.</summary>
    /// <exception cref="StorageSchemaException">The file's version is newer than the code knows.</exception>
    public static int Apply(SqliteConnection connection, string pathForMessages) =>
        Apply(connection, pathForMessages, Migrations.All);

    /// <summary>As <see cref="Apply(SqliteConnection, string)"/> with an explicit list of steps (ordered, versions 1…N).</summary>
    public static int Apply(SqliteConnection connection, string pathForMessages, IReadOnlyList<Migration> steps)
    {
        var latest = steps.Count == 0 ? 0 : steps[^1].Version;
        var version = ReadVersion(connection);
        if (version > latest)
        {
            throw StorageSchemaException.TooNew(pathForMessages, version);
        }

        foreach (var step in steps.Where(s => s.Version > version))
        {
            // BEGIN IMMEDIATE: a second process opening the same file waits here instead of running the step twice.
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = ReadVersion(connection, transaction);
            if (current >= step.Version)
            {
                transaction.Commit();
                continue;
            }

            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = step.Sql + $"\nPRAGMA user_version = {step.Version.ToString(CultureInfo.InvariantCulture)};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return (int)ReadVersion(connection);
    }

    public static long ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
