namespace Metaverse.Server.Storage;

/// <summary>Tuning of a <see cref="StorageWriter"/>.</summary>
internal sealed record StorageWriterOptions
{
    /// <summary>Most requests committed in one transaction, 1–10,000.</summary>
    public int MaxBatch { get; init; } = 512;

    /// <summary>Most requests waiting in the queue; callers beyond it wait for space (back-pressure), 1–1,000,000.</summary>
    public int QueueCapacity { get; init; } = 8_192;

    /// <summary>Source of the times stamped on rows.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatch, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxBatch, 10_000);
        ArgumentOutOfRangeException.ThrowIfLessThan(QueueCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(QueueCapacity, 1_000_000);
        ArgumentNullException.ThrowIfNull(Clock);
    }
}
