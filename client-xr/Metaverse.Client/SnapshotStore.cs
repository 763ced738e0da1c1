using System.Diagnostics.CodeAnalysis;
using Metaverse.Shared.Replication;

namespace Metaverse.Client;

/// <summary>
/// The decoded snapshots a client keeps as baselines (docs/SESSION_PROTOCOL.md, step 5):
/// those of the last <see cref="Capacity"/> ticks up to the newest held, in a ring indexed by tick, so adding and
/// finding are O(1). A newer snapshot pushes the ticks that fall out of that window out of the store; one older than
/// the window is not kept. The server names baselines at most 32 ticks old, so the default window holds every one
/// and the 2 × <see cref="AvatarSnapshotCodec.MaxPredictionSpanTicks"/> ticks before it that predictions read.
/// </summary>
public sealed class SnapshotStore : IAvatarSnapshotHistory
{
    public const int DefaultCapacity = 64;

    private readonly AvatarSnapshot?[] _ring;
    private long _newest = -1;

    public SnapshotStore(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _ring = new AvatarSnapshot?[capacity];
    }

    /// <summary>Width of the window of ticks kept.</summary>
    public int Capacity { get; }

    public int Count { get; private set; }

    /// <summary>Lowest tick held, null when empty.</summary>
    public uint? OldestTick => Count == 0 ? null : Held().Min();

    /// <summary>Highest tick held, null when empty.</summary>
    public uint? NewestTick => Count == 0 ? null : (uint)_newest;

    public bool Contains(uint tick) => TryGet(tick, out _);

    public bool TryGet(uint tick, [NotNullWhen(true)] out AvatarSnapshot? snapshot)
    {
        var held = _ring[tick % Capacity];
        snapshot = held is not null && held.Tick == tick ? held : null;
        return snapshot is not null;
    }

    /// <summary>Keeps <paramref name="snapshot"/> (replacing one of the same tick); false when it is <see cref="Capacity"/> or more ticks older than the newest.</summary>
    public bool Add(AvatarSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Tick <= _newest - Capacity)
        {
            return false;
        }

        if (snapshot.Tick > _newest)
        {
            ForgetUpTo(snapshot.Tick - (long)Capacity);
            _newest = snapshot.Tick;
        }

        ref var slot = ref _ring[snapshot.Tick % Capacity];
        if (slot is null)
        {
            Count++;
        }

        slot = snapshot;
        return true;
    }

    public void Clear()
    {
        Array.Clear(_ring);
        Count = 0;
        _newest = -1;
    }

    /// <summary>Drops every snapshot of tick ≤ <paramref name="lastForgotten"/> (at most one pass over the ring).</summary>
    private void ForgetUpTo(long lastForgotten)
    {
        var first = Math.Max(0, Math.Max(_newest - Capacity + 1, lastForgotten - Capacity + 1));
        for (var tick = first; tick <= lastForgotten; tick++)
        {
            ref var slot = ref _ring[tick % Capacity];
            if (slot is not null && slot.Tick <= lastForgotten)
            {
                slot = null;
                Count--;
            }
        }
    }

    private IEnumerable<uint> Held() => _ring.Where(s => s is not null).Select(s => s!.Tick);
}
