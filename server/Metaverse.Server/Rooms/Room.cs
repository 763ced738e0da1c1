using Metaverse.Server.Twins;

namespace Metaverse.Server.Rooms;

/// <summary>
/// A shared space with its members. Owned by the simulation thread: only that thread reads or
/// changes it; other threads see <see cref="RoomSummary"/> snapshots.
/// </summary>
public sealed class Room(int id, string name)
{
    private readonly HashSet<int> _members = [];

    public int Id => id;

    public string Name => name;

    /// <summary>Fixed steps run so far.</summary>
    public long Tick { get; private set; }

    public IReadOnlyCollection<int> Members => _members;

    public bool Join(int peerId) => _members.Add(peerId);

    public bool Leave(int peerId) => _members.Remove(peerId);

    /// <summary>The twins running in this room.</summary>
    public RoomTwins Twins { get; } = new();

    /// <summary>One fixed step of <paramref name="realSeconds"/> wall-clock time: every twin advances at its own time scale.</summary>
    public void Step(double realSeconds)
    {
        Tick++;
        Twins.Step(realSeconds);
    }

    public RoomSummary Summarize() => new(id, name, _members.Count, Tick, Twins.All.Count, Twins.StepMicros);
}

/// <summary>An immutable view of a room, safe to hand to other threads. <c>TwinStepMicros</c>: total time spent stepping its twins.</summary>
public sealed record RoomSummary(int Id, string Name, int Clients, long Tick, int Twins, long TwinStepMicros);
