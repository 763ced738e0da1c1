using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// The snapshots recently sent to one client, by tick, with the tick each was encoded against: the
/// candidates for the next baseline. Keeps the last <see cref="Capacity"/> ticks.
/// </summary>
internal sealed class SentSnapshots
{
    public const int Capacity = 32;
    private readonly Dictionary<uint, (AvatarSnapshot Snapshot, uint BaselineTick)> _byTick = [];

    public void Add(AvatarSnapshot snapshot, uint baselineTick)
    {
        _byTick[snapshot.Tick] = (snapshot, baselineTick);
        if (_byTick.Count > Capacity)
        {
            foreach (var tick in _byTick.Keys.Where(t => snapshot.Tick - t >= Capacity).ToList())
            {
                _byTick.Remove(tick);
            }
        }
    }

    public bool TryGet(uint tick, out AvatarSnapshot snapshot, out uint baselineTick)
    {
        var found = _byTick.TryGetValue(tick, out var entry);
        (snapshot, baselineTick) = (entry.Snapshot, entry.BaselineTick);
        return found;
    }
}
