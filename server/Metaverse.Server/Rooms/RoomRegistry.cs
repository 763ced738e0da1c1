namespace Metaverse.Server.Rooms;

/// <summary>The rooms of the server, starting with a default room. Owned by the simulation thread.</summary>
public sealed class RoomRegistry
{
    public const string DefaultRoomName = "default";
    private readonly Dictionary<int, Room> _rooms = [];
    private int _nextId;

    public RoomRegistry() => Default = Create(DefaultRoomName).Room!;

    public Room Default { get; }

    public IReadOnlyCollection<Room> All => _rooms.Values;

    /// <summary>Creates a room; fails with a message naming the field when the name is unusable or taken.</summary>
    public (Room? Room, string? Error) Create(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64)
        {
            return (null, "name: must be 1–64 characters");
        }

        if (_rooms.Values.Any(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return (null, $"name: a room named '{name}' exists");
        }

        var room = new Room(++_nextId, name);
        _rooms.Add(room.Id, room);
        return (room, null);
    }

    public Room? Find(int id) => _rooms.GetValueOrDefault(id);

    /// <summary>Removes the peer from every room it is in.</summary>
    public void LeaveAll(int peerId)
    {
        foreach (var room in _rooms.Values)
        {
            room.Leave(peerId);
        }
    }
}
