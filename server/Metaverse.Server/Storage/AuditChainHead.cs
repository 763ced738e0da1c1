using Microsoft.Data.Sqlite;

namespace Metaverse.Server.Storage;

/// <summary>
/// The last record of the audit chain as the writer knows it: the next record gets <c>Seq + 1</c> and
/// <c>prev_hash = Hash</c>. Only the writer's task uses it. An empty log has seq 0 and the genesis hash.
/// </summary>
internal sealed class AuditChainHead
{
    private AuditChainHead(long seq, string hash)
    {
        Seq = seq;
        Hash = hash;
    }

    public long Seq { get; private set; }

    public string Hash { get; private set; }

    public static AuditChainHead Empty() => new(0, AuditHash.Genesis);

    public static AuditChainHead Load(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1;";
        using var reader = command.ExecuteReader();
        return reader.Read() ? new AuditChainHead(reader.GetInt64(0), reader.GetString(1)) : Empty();
    }

    public void MoveTo(long seq, string hash)
    {
        Seq = seq;
        Hash = hash;
    }
}
