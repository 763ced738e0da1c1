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

    /// <summary>The chosen ids, valid until the next <see cref="Select"/>.</summary>
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
    /// </summary>
    public void Select(IReadOnlyDictionary<uint, Vector3> heads, uint viewer, Vector3 viewerHead, int limit, IReadOnlySet<uint>? current = null)
    {
        if (_ids.Length < heads.Count)
        {
            _ids = new uint[heads.Count * 2];
            _distances = new float[heads.Count * 2];
        }

        _count = 0;
        foreach (var (id, head) in heads)
        {
            if (id != viewer)
            {
                var distance = Vector3.DistanceSquared(viewerHead, head);
                _ids[_count] = id;
                _distances[_count++] = current?.Contains(id) == true ? distance / (Hysteresis * Hysteresis) : distance;
            }
        }

        if (_count > limit)
        {
            PartitionSmallest(limit);
            _count = limit;
        }
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
