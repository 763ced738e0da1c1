namespace Metaverse.Shared.Replication;

/// <summary>
/// One avatar in a snapshot as its receiver holds it, with the ticks its motion is predicted by: the
/// snapshot that sent <see cref="Pose"/> and the one that sent the pose before (whose own entity holds
/// that pose). Sender and receiver keep the same ticks because both advance them by <see cref="Updated"/>
/// from the same acknowledged baseline.
/// </summary>
public readonly record struct AvatarEntity(uint EntityId, QuantizedAvatarPose Pose)
{
    /// <summary>Tick of the snapshot that sent <see cref="Pose"/>; 0 in an entity built by hand (a snapshot takes it as its own tick).</summary>
    public uint PoseTick { get; init; }

    /// <summary>Tick of the snapshot that sent the pose before <see cref="Pose"/>; 0 when there was none (the avatar was just added).</summary>
    public uint PreviousPoseTick { get; init; }

    /// <summary>This avatar after a snapshot of <paramref name="tick"/> carrying <paramref name="pose"/>: itself when the pose is the same, else moved on.</summary>
    public AvatarEntity Updated(in QuantizedAvatarPose pose, uint tick) =>
        pose == Pose ? this : new AvatarEntity(EntityId, pose) { PoseTick = tick, PreviousPoseTick = PoseTick };

    /// <summary>An avatar first sent in the snapshot of <paramref name="tick"/>: no history.</summary>
    public static AvatarEntity Added(uint entityId, in QuantizedAvatarPose pose, uint tick) => new(entityId, pose) { PoseTick = tick };
}

/// <summary>The avatars of one tick, sorted by entity id, at most <see cref="AvatarSnapshotCodec.MaxEntities"/>. Immutable.</summary>
public sealed class AvatarSnapshot
{
    private readonly AvatarEntity[] _entities;

    /// <summary>Copies and sorts <paramref name="entities"/>; throws on a duplicate id or more than <see cref="AvatarSnapshotCodec.MaxEntities"/>.</summary>
    public AvatarSnapshot(uint tick, IEnumerable<AvatarEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var sorted = entities.ToArray();
        if (sorted.Length > AvatarSnapshotCodec.MaxEntities)
        {
            throw new ArgumentException($"A snapshot holds at most {AvatarSnapshotCodec.MaxEntities} avatars (got {sorted.Length}).", nameof(entities));
        }

        Array.Sort(sorted, static (a, b) => a.EntityId.CompareTo(b.EntityId));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].EntityId == sorted[i - 1].EntityId)
            {
                throw new ArgumentException($"Entity id {sorted[i].EntityId} appears twice.", nameof(entities));
            }
        }

        Tick = tick;
        _entities = sorted;
        StampUnknownPoseTicks(tick, sorted);
    }

    /// <summary>
    /// Sorts <paramref name="entities"/> in place (one check when already in id order) and takes ownership of it
    /// (no copy: the caller must not touch the array afterwards); throws on a duplicate id or more than
    /// <see cref="AvatarSnapshotCodec.MaxEntities"/>.
    /// </summary>
    public static AvatarSnapshot Owning(uint tick, AvatarEntity[] entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Length > AvatarSnapshotCodec.MaxEntities)
        {
            throw new ArgumentException($"A snapshot holds at most {AvatarSnapshotCodec.MaxEntities} avatars (got {entities.Length}).", nameof(entities));
        }

        StampUnknownPoseTicks(tick, entities);
        if (IsStrictlyAscending(entities))
        {
            return new AvatarSnapshot(tick, entities);
        }

        Array.Sort(entities, ByEntityId.Instance);
        for (var i = 1; i < entities.Length; i++)
        {
            if (entities[i].EntityId == entities[i - 1].EntityId)
            {
                throw new ArgumentException($"Entity id {entities[i].EntityId} appears twice.", nameof(entities));
            }
        }

        return new AvatarSnapshot(tick, entities);
    }

    /// <summary>Takes ownership of an array already sorted by id without duplicates.</summary>
    internal AvatarSnapshot(uint tick, AvatarEntity[] sortedEntities)
    {
        Tick = tick;
        _entities = sortedEntities;
    }

    public uint Tick { get; }

    /// <summary>
    /// Gives the entity array back to the code that handed it over with <see cref="Owning"/>, for reuse
    /// (a server recycles the snapshots it no longer keeps as baselines, instead of leaving them to the
    /// garbage collector). The caller must be the snapshot's last user: it must not be read afterwards.
    /// </summary>
    public AvatarEntity[] Reclaim() => _entities;

    public int Count => _entities.Length;

    /// <summary>Sorted by <see cref="AvatarEntity.EntityId"/>.</summary>
    public ReadOnlySpan<AvatarEntity> Entities => _entities;

    public bool TryGetPose(uint entityId, out QuantizedAvatarPose pose)
    {
        var found = TryGetEntity(entityId, out var entity);
        pose = entity.Pose;
        return found;
    }

    /// <summary>The avatar with its motion history, when present.</summary>
    public bool TryGetEntity(uint entityId, out AvatarEntity entity)
    {
        var index = IndexOf(entityId);
        entity = index >= 0 ? _entities[index] : default;
        return index >= 0;
    }

    /// <summary>An entity built without a pose tick (by hand) dates from the snapshot it is put in.</summary>
    private static void StampUnknownPoseTicks(uint tick, AvatarEntity[] entities)
    {
        for (var i = 0; i < entities.Length; i++)
        {
            if (entities[i].PoseTick == 0)
            {
                entities[i] = entities[i] with { PoseTick = tick };
            }
        }
    }

    private static bool IsStrictlyAscending(AvatarEntity[] entities)
    {
        for (var i = 1; i < entities.Length; i++)
        {
            if (entities[i].EntityId <= entities[i - 1].EntityId)
            {
                return false;
            }
        }

        return true;
    }

    internal int IndexOf(uint entityId)
    {
        int low = 0, high = _entities.Length - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) >> 1);
            var id = _entities[mid].EntityId;
            if (id == entityId)
            {
                return mid;
            }

            if (id < entityId)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return -1;
    }
}

/// <summary>Orders avatars by entity id (a class comparer, so sorting needs no delegate).</summary>
internal sealed class ByEntityId : IComparer<AvatarEntity>
{
    public static readonly ByEntityId Instance = new();

    public int Compare(AvatarEntity x, AvatarEntity y) => x.EntityId.CompareTo(y.EntityId);
}
