namespace Metaverse.Server.Storage;

/// <summary>
/// One stored audit row, exactly as in the file. <paramref name="Utc"/> is the stored ISO-8601 text
/// (see <see cref="UtcText"/>), kept as text because the hash covers those exact characters.
/// </summary>
internal sealed record AuditEntry(
    long Seq,
    string Utc,
    string Actor,
    string? Role,
    string? Room,
    string Action,
    string? Target,
    string? OldValue,
    string? NewValue,
    string Reason,
    string PrevHash,
    string Hash)
{
    /// <summary>The hash this row should have, recomputed from its fields and <see cref="PrevHash"/>.</summary>
    public string ComputeHash() =>
        AuditHash.Compute(Seq, Utc, Actor, Role, Room, Action, Target, OldValue, NewValue, Reason, PrevHash);
}
