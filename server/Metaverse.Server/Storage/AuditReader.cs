using System.Text;
using Microsoft.Data.Sqlite;

namespace Metaverse.Server.Storage;

/// <summary>
/// Reads the audit log. Each call opens its own query-only connection, so calls are safe from any thread and
/// run alongside the <see cref="StorageWriter"/> (WAL); each call sees one consistent snapshot.
/// </summary>
internal sealed class AuditReader(string path)
{
    private const string Columns = "seq, utc, actor, role, room, action, target, old_value, new_value, reason, prev_hash, hash";

    /// <exception cref="ArgumentOutOfRangeException">The filter's limit or offset is out of range.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="StorageSchemaException">The file's schema version is not this build's.</exception>
    public IReadOnlyList<AuditEntry> Query(AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.Limit, 1, nameof(filter));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(filter.Limit, AuditFilter.MaxLimit, nameof(filter));
        ArgumentOutOfRangeException.ThrowIfNegative(filter.Offset, nameof(filter));

        using var connection = DatabaseFile.OpenForReading(path);
        using var command = connection.CreateCommand();
        var where = new List<string>();
        AddCriterion(command, where, "actor = $actor", "$actor", filter.Actor);
        AddCriterion(command, where, "room = $room", "$room", filter.Room);
        AddCriterion(command, where, "action = $action", "$action", filter.Action);
        AddCriterion(command, where, "utc >= $from", "$from", filter.FromUtc is { } from ? UtcText.From(from) : null);
        AddCriterion(command, where, "utc < $to", "$to", filter.ToUtc is { } to ? UtcText.From(to) : null);

        var sql = new StringBuilder($"SELECT {Columns} FROM audit");
        if (where.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", where);
        }

        sql.Append(" ORDER BY seq LIMIT $limit OFFSET $offset;");
        command.CommandText = sql.ToString();
        command.Parameters.AddWithValue("$limit", filter.Limit);
        command.Parameters.AddWithValue("$offset", filter.Offset);

        var entries = new List<AuditEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(Read(reader));
        }

        return entries;
    }

    /// <summary>Every row in <c>seq</c> order, streamed from one read transaction on <paramref name="connection"/>.</summary>
    public static IEnumerable<AuditEntry> ReadAll(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM audit ORDER BY seq;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return Read(reader);
        }
    }

    private static void AddCriterion(SqliteCommand command, List<string> where, string clause, string parameter, string? value)
    {
        if (value is not null)
        {
            where.Add(clause);
            command.Parameters.AddWithValue(parameter, value);
        }
    }

    private static AuditEntry Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        NullableString(reader, 3),
        NullableString(reader, 4),
        reader.GetString(5),
        NullableString(reader, 6),
        NullableString(reader, 7),
        NullableString(reader, 8),
        reader.GetString(9),
        reader.GetString(10),
        reader.GetString(11));

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
