using System.Diagnostics.CodeAnalysis;
using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

/// <summary>Snapshots held by tick, as a client or server keeps them, for tests of prediction.</summary>
internal sealed class TickHistory(params AvatarSnapshot[] snapshots) : IAvatarSnapshotHistory
{
    private readonly Dictionary<uint, AvatarSnapshot> _byTick = snapshots.ToDictionary(s => s.Tick);

    public void Add(AvatarSnapshot snapshot) => _byTick[snapshot.Tick] = snapshot;

    public AvatarSnapshot this[uint tick] => _byTick[tick];

    public bool TryGet(uint tick, [NotNullWhen(true)] out AvatarSnapshot? snapshot) => _byTick.TryGetValue(tick, out snapshot);
}
