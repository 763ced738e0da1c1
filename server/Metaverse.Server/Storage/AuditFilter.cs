namespace Metaverse.Server.Storage;

/// <summary>
/// Which audit rows a query returns, in <c>seq</c> order. Null criteria match everything; text criteria match
/// exactly. <see cref="FromUtc"/> is inclusive, <see cref="ToUtc"/> exclusive.
/// </summary>
internal sealed record AuditFilter
{
    public const int MaxLimit = 10_000;

    public string? Actor { get; init; }

    public string? Room { get; init; }

    public string? Action { get; init; }

    public DateTimeOffset? FromUtc { get; init; }

    public DateTimeOffset? ToUtc { get; init; }

    /// <summary>Most rows returned, 1–<see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Matching rows skipped before the first one returned, ≥ 0.</summary>
    public long Offset { get; init; }
}
