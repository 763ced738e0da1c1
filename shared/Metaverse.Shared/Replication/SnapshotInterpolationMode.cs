namespace Metaverse.Shared.Replication;

/// <summary>How <see cref="SnapshotInterpolationBuffer{T}"/> produced a sample.</summary>
public enum SnapshotInterpolationMode
{
    /// <summary>No snapshot yet; the state is default.</summary>
    None = 0,

    /// <summary>Render time is older than every buffered snapshot; the oldest one is returned.</summary>
    BeforeOldest = 1,

    /// <summary>Render time lies between two buffered snapshots (or on one).</summary>
    Interpolated = 2,

    /// <summary>Render time is past the newest snapshot, within the extrapolation cap: projected linearly from the last two.</summary>
    Extrapolated = 3,

    /// <summary>Render time is past the newest snapshot beyond the extrapolation cap (or only one snapshot is known): the state is held.</summary>
    Held = 4,
}
