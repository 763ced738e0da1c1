using Microsoft.Data.Sqlite;

namespace Metaverse.Server.Storage;

/// <summary>
/// What a <see cref="WriteRequest"/> sees while it runs: the writer's connection and current transaction,
/// the head of the audit chain and the clock. Only the writer's task touches it.
/// </summary>
internal sealed class WriteContext(SqliteConnection connection, TimeProvider clock) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The chain head as of the current transaction; valid after <see cref="ReloadHead"/>.</summary>
    public AuditChainHead Head { get; } = AuditChainHead.Empty();

    public SqliteTransaction? Transaction { get; set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>
    /// A command for <paramref name="sql"/>, bound to the current transaction with no parameters. Commands are
    /// cached per SQL text so SQLite prepares each statement once.
    /// </summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }

        command.Transaction = Transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>Re-reads the chain head inside the current transaction (at its start, and after a savepoint rollback).</summary>
    public void ReloadHead()
    {
        var fresh = AuditChainHead.Load(connection, Transaction);
        Head.MoveTo(fresh.Seq, fresh.Hash);
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
