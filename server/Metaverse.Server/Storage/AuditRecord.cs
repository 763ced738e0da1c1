namespace Metaverse.Server.Storage;

/// <summary>
/// What a caller says happened, for the audit log. The store adds <c>seq</c>, the UTC time and the hash chain.
/// <paramref name="Actor"/>, <paramref name="Action"/> and <paramref name="Reason"/> are required; the others may
/// be null (null and "" are different values and hash differently). Every field is at most
/// <see cref="FieldRules.MaxLength"/> chars.
/// </summary>
internal sealed record AuditRecord(
    string Actor,
    string? Role,
    string? Room,
    string Action,
    string? Target,
    string? OldValue,
    string? NewValue,
    string Reason)
{
    /// <summary>The first rule the record breaks, naming the column (e.g. <c>reason</c>), or null when it is valid.</summary>
    public WriteResult? Validate() =>
        FieldRules.Required("actor", Actor)
        ?? FieldRules.Optional("role", Role)
        ?? FieldRules.Optional("room", Room)
        ?? FieldRules.Required("action", Action)
        ?? FieldRules.Optional("target", Target)
        ?? FieldRules.Optional("old_value", OldValue)
        ?? FieldRules.Optional("new_value", NewValue)
        ?? FieldRules.Required("reason", Reason);
}
