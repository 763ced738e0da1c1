using System.Numerics;

namespace Metaverse.Server.Sessions;

/// <summary>
/// The tick's avatar heads (metres) by client id, as parallel arrays for scans over every avatar and an
/// index for lookups. Rebuilt by the broadcaster on the simulation thread each tick; read-only while composing.
/// </summary>
internal sealed class RoomHeads
{
    private readonly Dictionary<uint, int> _indexOf = [];
    private uint[] _ids = new uint[64];
    private Vector3[] _positions = new Vector3[64];

    public int Count { get; private set; }

    public ReadOnlySpan<uint> Ids => _ids.AsSpan(0, Count);

    public ReadOnlySpan<Vector3> Positions => _positions.AsSpan(0, Count);

    public Vector3 this[uint id] => _positions[_indexOf[id]];

    public bool TryGetIndex(uint id, out int index) => _indexOf.TryGetValue(id, out index);

    public void Clear()
    {
        Count = 0;
        _indexOf.Clear();
    }

    /// <summary>Adds or moves <paramref name="id"/>'s head.</summary>
    public void Set(uint id, Vector3 head)
    {
        if (_indexOf.TryGetValue(id, out var index))
        {
            _positions[index] = head;
            return;
        }

        if (Count == _ids.Length)
        {
            Array.Resize(ref _ids, Count * 2);
            Array.Resize(ref _positions, Count * 2);
        }

        _ids[Count] = id;
        _positions[Count] = head;
        _indexOf[id] = Count++;
    }
}
