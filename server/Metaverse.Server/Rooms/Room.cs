using Metaverse.Server.Twins;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Rooms;

/// <summary>
/// A shared space with its members. Owned by the simulation thread: only that thread reads or
/// changes it; other threads see <see cref="RoomSummary"/> snapshots.
/// </summary>
public sealed class Room(int id, string name) : IAvatarPoses
{
    private readonly HashSet<int> _members = [];
    private IAvatarPoses? _avatars;

    public int Id => id;

    public string Name => name;

    /// <summary>Fixed steps run so far.</summary>
    public long Tick { get; private set; }

    public IReadOnlyCollection<int> Members => _members;

    public bool Join(int peerId) => _members.Add(peerId);

    public bool Leave(int peerId) => _members.Remove(peerId);

    /// <summary>The twins running in this room.</summary>
    public RoomTwins Twins { get; } = new();

    /// <summary>
    /// One fixed step of <paramref name="realSeconds"/> wall-clock time: every twin advances at its own time scale.
    /// Twins that follow avatars (<see cref="IFollowsAvatars"/>) first see this room as their pose lookup: the poses
    /// in <paramref name="avatars"/> (the server passes its sessions' latest) of this room's members only.
    /// </summary>
    public void Step(double realSeconds, IAvatarPoses? avatars = null)
    {
        Tick++;
        _avatars = avatars;
        Twins.Step(realSeconds, avatars is null ? null : this);
    }

    /// <summary>A member's latest pose from the source of the latest <see cref="Step"/>; nothing for anyone outside the room.</summary>
    bool IAvatarPoses.TryGetPose(uint avatarEntityId, out AvatarPose pose)
    {
        pose = default;
        return avatarEntityId <= int.MaxValue && _members.Contains((int)avatarEntityId) && _avatars?.TryGetPose(avatarEntityId, out pose) == true;
    }

    public RoomSummary Summarize() => new(id, name, _members.Count, Tick, Twins.All.Count, Twins.StepMicros);
}

/// <summary>An immutable view of a room, safe to hand to other threads. <c>TwinStepMicros</c>: total time spent stepping its twins.</summary>
public sealed record RoomSummary(int Id, string Name, int Clients, long Tick, int Twins, long TwinStepMicros);
