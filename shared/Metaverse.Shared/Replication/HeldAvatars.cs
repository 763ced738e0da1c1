using System.Runtime.CompilerServices;

namespace Metaverse.Shared.Replication;

/// <summary>
/// Finds avatars as held in the snapshots of a history while the codec walks entity ids in increasing order:
/// each snapshot asked for gets a cursor that only moves forward, so a lookup costs a step instead of a binary
/// search. Up to four snapshots at once; lookups in further ones search. One per snapshot encoded or decoded.
/// </summary>
internal struct HeldAvatars(IAvatarSnapshotHistory history)
{
    private Cursors _cursors;
    private int _count;

    /// <summary>
    /// Avatar <paramref name="entityId"/> as held in the snapshot of <paramref name="tick"/>, whichever snapshot sent its
    /// pose; a null reference (<see cref="Unsafe.IsNullRef{T}(ref readonly T)"/>) when the snapshot is not in the history or
    /// does not hold the avatar. Valid while the history keeps that snapshot.
    /// </summary>
    public ref readonly AvatarEntity In(uint tick, uint entityId)
    {
        var index = CursorFor(tick);
        if (index < 0)
        {
            return ref Search(tick, entityId);
        }

        ref var cursor = ref _cursors[index];
        if (cursor.Snapshot is null)
        {
            return ref Unsafe.NullRef<AvatarEntity>();
        }

        var entities = cursor.Snapshot.Entities;
        if (entityId < cursor.LastId)
        {
            cursor.Position = 0;
        }

        cursor.LastId = entityId;
        while (cursor.Position < entities.Length && entities[cursor.Position].EntityId < entityId)
        {
            cursor.Position++;
        }

        return ref cursor.Position < entities.Length && entities[cursor.Position].EntityId == entityId
            ? ref entities[cursor.Position]
            : ref Unsafe.NullRef<AvatarEntity>();
    }

    private readonly ref readonly AvatarEntity Search(uint tick, uint entityId)
    {
        if (!history.TryGet(tick, out var snapshot))
        {
            return ref Unsafe.NullRef<AvatarEntity>();
        }

        var index = snapshot.IndexOf(entityId);
        return ref index < 0 ? ref Unsafe.NullRef<AvatarEntity>() : ref snapshot.Entities[index];
    }

    private int CursorFor(uint tick)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_cursors[i].Tick == tick)
            {
                return i;
            }
        }

        if (_count == Cursors.Length)
        {
            return -1;
        }

        history.TryGet(tick, out var snapshot);
        _cursors[_count] = new Cursor { Tick = tick, Snapshot = snapshot };
        return _count++;
    }

    private struct Cursor
    {
        public uint Tick;
        public AvatarSnapshot? Snapshot;
        public int Position;
        public uint LastId;
    }

    [InlineArray(Length)]
    private struct Cursors
    {
        public const int Length = 4;
        private Cursor _first;
    }
}
