namespace Metaverse.Server.Sessions;

/// <summary>
/// What composed snapshots carried, summed: encoded avatar bytes, avatar updates, packed twin value bytes, and
/// for the snapshots sent against a baseline (delta snapshots) the sum of their baseline ages in ticks (tick
/// minus the acknowledged baseline's tick), so that age over count is how far behind the acknowledgements ran.
/// </summary>
public readonly record struct SnapshotCounts(long AvatarBytes, long AvatarUpdates, long TwinBytes, long DeltaSnapshots, long BaselineAgeTicks)
{
    public static SnapshotCounts operator +(SnapshotCounts a, SnapshotCounts b) => new(
        a.AvatarBytes + b.AvatarBytes,
        a.AvatarUpdates + b.AvatarUpdates,
        a.TwinBytes + b.TwinBytes,
        a.DeltaSnapshots + b.DeltaSnapshots,
        a.BaselineAgeTicks + b.BaselineAgeTicks);
}
