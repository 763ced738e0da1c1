using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// The snapshots recently sent to one client, by tick, as the client will hold them: the candidates for
/// the next baseline, and where the codec finds the poses avatars moved from. Keeps the last
/// <see cref="Capacity"/> ticks.
/// </summary>
internal sealed class SentSnapshots : IAvatarSnapshotHistory
{
    public const int Capacity = 32;
    private readonly AvatarSnapshot?[] _ring = new AvatarSnapshot?[Capacity];

    /// <summary>Keeps the snapshot in the ring slot of its tick; returns the one it replaces (<see cref="Capacity"/> or more ticks older), if any.</summary>
    public AvatarSnapshot? Add(AvatarSnapshot snapshot)
    {
        ref var slot = ref _ring[snapshot.Tick % Capacity];
        var replaced = slot;
        slot = snapshot;
        return ReferenceEquals(replaced, snapshot) ? null : replaced;
    }

    public bool TryGet(uint tick, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AvatarSnapshot? snapshot)
    {
        var entry = _ring[tick % Capacity];
        snapshot = entry is not null && entry.Tick == tick ? entry : null;
        return snapshot is not null;
    }
}
