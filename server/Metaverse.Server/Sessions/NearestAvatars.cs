using System.Numerics;

namespace Metaverse.Server.Sessions;

/// <summary>
/// Interest management: the K avatars nearest a viewer's head, found by quickselect in O(N) on average.
/// One instance per broadcaster, reused every call (no allocation once grown). Simulation thread only.
/// </summary>
internal sealed class NearestAvatars
{
    private uint[] _ids = new uint[64];
    private float[] _distances = new float[64];
    private int _count;

    /// <summary>The chosen ids in ascending order, valid until the next <see cref="Select"/>.</summary>
    public ReadOnlySpan<uint> Chosen => _ids.AsSpan(0, _count);

    /// <summary>
    /// How much nearer a newcomer must be to displace an avatar already in the viewer's interest:
    /// members count as if 1/<see cref="Hysteresis"/> of their distance. Without it, avatars near the
    /// boundary swap in and out every few ticks, and each entry costs a full pose instead of a delta.
    /// </summary>
    public const float Hysteresis = 1.25f;

    /// <summary>
    /// Keeps every avatar but the viewer's own when there are at most <paramref name="limit"/>, else the
    /// nearest <paramref name="limit"/>, favouring the <paramref name="current"/> members (see <see cref="Hysteresis"/>).
    /// One pass over the heads' arrays, then the hysteresis applied to the members only.
    /// </summary>
    public void Select(RoomHeads heads, uint viewer, Vector3 viewerHead, int limit, ReadOnlySpan<uint> current = default)
    {
        if (_ids.Length < heads.Count)
        {
            _ids = new uint[heads.Count * 2];
            _distances = new float[heads.Count * 2];
        }

        _count = heads.Count;
        heads.Ids.CopyTo(_ids);
        var positions = heads.Positions;
        for (var i = 0; i < _count; i++)
        {
            _distances[i] = Vector3.DistanceSquared(viewerHead, positions[i]);
        }

        foreach (var member in current)
        {
            if (heads.TryGetIndex(member, out var index))
            {
                _distances[index] /= Hysteresis * Hysteresis;
            }
        }

        if (heads.TryGetIndex(viewer, out var own))
        {
            _count--;
            (_ids[own], _distances[own]) = (_ids[_count], _distances[_count]);
        }

        if (_count > limit)
        {
            PartitionSmallest(limit);
            _count = limit;
        }

        _ids.AsSpan(0, _count).Sort();
    }

    /// <summary>Hoare-partition quickselect: afterwards the first <paramref name="k"/> entries are the k smallest distances.</summary>
    private void PartitionSmallest(int k)
    {
        int left = 0, right = _count - 1;
        while (left < right)
        {
            var pivot = _distances[(left + right) >>> 1];
            int i = left, j = right;
            while (i <= j)
            {
                while (_distances[i] < pivot)
                {
                    i++;
                }

                while (_distances[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (_distances[i], _distances[j]) = (_distances[j], _distances[i]);
                    (_ids[i], _ids[j]) = (_ids[j], _ids[i]);
                    i++;
                    j--;
                }
            }

            if (k - 1 <= j)
            {
                right = j;
            }
            else if (k - 1 >= i)
            {
                left = i;
            }
            else
            {
                return;
            }
        }
    }
}
