using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// Entity arrays of the snapshots a composer builds, by exact length: a snapshot that leaves a client's
/// <see cref="SentSnapshots"/> gives its array back, and the next view of that size reuses it. Sent
/// snapshots live about a second, long enough to be promoted by the garbage collector, so allocating them
/// fresh every tick costs collections of the older generations. Shared by the composers of a broadcaster:
/// thread-safe (one short lock per call).
/// </summary>
internal sealed class EntityArrayPool
{
    /// <summary>Most arrays kept per length; beyond it, returned arrays are left to the collector.</summary>
    public const int MaxPerLength = 256;

    private readonly Dictionary<int, Stack<AvatarEntity[]>> _byLength = [];

    public AvatarEntity[] Rent(int length)
    {
        lock (_byLength)
        {
            if (length > 0 && _byLength.TryGetValue(length, out var free) && free.TryPop(out var array))
            {
                return array;
            }
        }

        return new AvatarEntity[length];
    }

    public void Return(AvatarEntity[] array)
    {
        if (array.Length == 0)
        {
            return;
        }

        lock (_byLength)
        {
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
}
