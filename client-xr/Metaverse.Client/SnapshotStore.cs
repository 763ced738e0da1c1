using Metaverse.Shared.Replication;

namespace Metaverse.Client;

/// <summary>
/// The decoded snapshots a client keeps as baselines and prediction bases (docs/SESSION_PROTOCOL.md, step 5):
/// the last <see cref="Capacity"/> by tick. Adding beyond the capacity evicts the lowest tick; a snapshot older
/// than every one of a full store is not kept.
/// </summary>
public sealed class SnapshotStore
{
    public const int DefaultCapacity = 64;

    private readonly SortedList<uint, AvatarSnapshot> _byTick = [];

    public SnapshotStore(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count => _byTick.Count;

    /// <summary>Lowest tick held, null when empty.</summary>
    public uint? OldestTick => _byTick.Count == 0 ? null : _byTick.Keys[0];

    /// <summary>Highest tick held, null when empty.</summary>
    public uint? NewestTick => _byTick.Count == 0 ? null : _byTick.Keys[^1];

    public bool Contains(uint tick) => _byTick.ContainsKey(tick);

    public bool TryGet(uint tick, out AvatarSnapshot snapshot) => _byTick.TryGetValue(tick, out snapshot!);

    /// <summary>Keeps <paramref name="snapshot"/> (replacing one of the same tick); false when it is older than everything in a full store.</summary>
    public bool Add(AvatarSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (_byTick.Count >= Capacity && !_byTick.ContainsKey(snapshot.Tick))
        {
            if (snapshot.Tick < _byTick.Keys[0])
            {
                return false;
            }

            _byTick.RemoveAt(0);
        }

        _byTick[snapshot.Tick] = snapshot;
        return true;
    }

    public void Clear() => _byTick.Clear();
}
