namespace Metaverse.Server.Storage;

/// <summary>Appends one record to the audit chain; the result's id is its <c>seq</c>.</summary>
internal sealed class AppendAuditRequest(AuditRecord record) : WriteRequest
{
    private const string Insert = """
        INSERT INTO audit (seq, utc, actor, role, room, action, target, old_value, new_value, reason, prev_hash, hash)
        VALUES ($seq, $utc, $actor, $role, $room, $action, $target, $old_value, $new_value, $reason, $prev_hash, $hash);
        """;

    public override WriteResult Execute(WriteContext context)
    {
        var seq = context.Head.Seq + 1;
        var utc = UtcText.From(context.Now);
        var prevHash = context.Head.Hash;
        var hash = AuditHash.Compute(seq, utc, record.Actor, record.Role, record.Room, record.Action,
            record.Target, record.OldValue, record.NewValue, record.Reason, prevHash);

        var command = context.Command(Insert);
        command.Parameters.AddWithValue("$seq", seq);
        command.Parameters.AddWithValue("$utc", utc);
        command.Parameters.AddWithValue("$actor", record.Actor);
        command.Parameters.AddWithValue("$role", (object?)record.Role ?? DBNull.Value);
        command.Parameters.AddWithValue("$room", (object?)record.Room ?? DBNull.Value);
        command.Parameters.AddWithValue("$action", record.Action);
        command.Parameters.AddWithValue("$target", (object?)record.Target ?? DBNull.Value);
        command.Parameters.AddWithValue("$old_value", (object?)record.OldValue ?? DBNull.Value);
        command.Parameters.AddWithValue("$new_value", (object?)record.NewValue ?? DBNull.Value);
        command.Parameters.AddWithValue("$reason", record.Reason);
        command.Parameters.AddWithValue("$prev_hash", prevHash);
        command.Parameters.AddWithValue("$hash", hash);
        command.ExecuteNonQuery();

        context.Head.MoveTo(seq, hash);
        return WriteResult.Success(seq);
    }
}
