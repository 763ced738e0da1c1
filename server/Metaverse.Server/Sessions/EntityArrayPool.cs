using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// Entity arrays of the snapshots a composer builds, by exact length: a snapshot that leaves a client's
/// <see cref="SentSnapshots"/> gives its array back, and the next view of that size reuses it. Sent
/// snapshots live about a second, long enough to be promoted by the garbage collector, so allocating them
/// fresh every tick costs collections of the older generations. One per composer, without locks: a shared,
/// locked pool cost a third of the simulation thread while 500 clients joined (the lock holder descheduled
/// on the shared cores). Composers take clients in any order, so a composer may rent what another returned
/// to its own pool; the arrays in flight balance out, and a miss allocates.
/// </summary>
internal sealed class EntityArrayPool
{
    /// <summary>Most arrays kept per length; beyond it, returned arrays are left to the collector.</summary>
    public const int MaxPerLength = 256;

    private readonly Dictionary<int, Stack<AvatarEntity[]>> _byLength = [];

    public AvatarEntity[] Rent(int length) =>
        length > 0 && _byLength.TryGetValue(length, out var free) && free.TryPop(out var array) ? array : new AvatarEntity[length];

    public void Return(AvatarEntity[] array)
    {
        if (array.Length == 0)
        {
            return;
        }

        if (!_byLength.TryGetValue(array.Length, out var free))
        {
            _byLength[array.Length] = free = new Stack<AvatarEntity[]>();
        }

        if (free.Count < MaxPerLength)
        {
            free.Push(array);
        }
    }
}
