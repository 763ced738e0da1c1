using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// The snapshots recently sent to one client, by tick, with the tick each was encoded against: the
/// candidates for the next baseline. Keeps the last <see cref="Capacity"/> ticks.
/// </summary>
internal sealed class SentSnapshots
{
    public const int Capacity = 32;
    private readonly (uint Tick, AvatarSnapshot? Snapshot, uint BaselineTick)[] _ring = new (uint, AvatarSnapshot?, uint)[Capacity];

    /// <summary>Keeps the snapshot in the ring slot of its tick; returns the one it replaces (<see cref="Capacity"/> or more ticks older), if any.</summary>
    public AvatarSnapshot? Add(AvatarSnapshot snapshot, uint baselineTick)
    {
        ref var slot = ref _ring[snapshot.Tick % Capacity];
        var replaced = slot.Snapshot;
        slot = (snapshot.Tick, snapshot, baselineTick);
        return ReferenceEquals(replaced, snapshot) ? null : replaced;
    }

    public bool TryGet(uint tick, out AvatarSnapshot snapshot, out uint baselineTick)
    {
        var entry = _ring[tick % Capacity];
        var found = entry.Snapshot is not null && entry.Tick == tick;
        (snapshot, baselineTick) = found ? (entry.Snapshot!, entry.BaselineTick) : (null!, 0);
        return found;
    }
}
