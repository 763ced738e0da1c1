namespace Metaverse.Server.Storage;

/// <summary>
/// Outcome of one write: on success the row's id (the audit <c>seq</c>, the user's or room's id), committed
/// and durable; on an expected failure (validation, a name already taken) the field at fault and why.
/// </summary>
internal sealed record WriteResult
{
    private WriteResult(long id, string? field, string? error)
    {
        Id = id;
        Field = field;
        Error = error;
    }

    /// <summary>The row id; 0 when the write failed.</summary>
    public long Id { get; }

    /// <summary>The name of the field that caused the failure (as in the database column), or null.</summary>
    public string? Field { get; }

    public string? Error { get; }

    public bool Succeeded => Error is null;

    public static WriteResult Success(long id) => new(id, null, null);

    public static WriteResult Failure(string field, string error) => new(0, field, error);

    public override string ToString() => Succeeded ? $"ok: id {Id}" : $"failed ({Field}): {Error}";
}
