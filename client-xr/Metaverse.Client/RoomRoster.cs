using Metaverse.Shared.Messages;

namespace Metaverse.Client;

/// <summary>Who is in the client's room (name and role per avatar entity id), kept from <see cref="RoomMembers"/> messages.</summary>
public sealed class RoomRoster
{
    private readonly Dictionary<uint, RoomMember> _members = [];

    public int Count => _members.Count;

    public IReadOnlyCollection<RoomMember> Members => _members.Values;

    public bool TryGet(uint avatarEntityId, out RoomMember member) => _members.TryGetValue(avatarEntityId, out member!);

    /// <summary>A full list replaces what is held; otherwise joins are added and leaves removed.</summary>
    public void Apply(RoomMembers update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Full)
        {
            _members.Clear();
        }

        foreach (var member in update.Joined)
        {
            _members[member.AvatarEntityId] = member;
        }

        foreach (var id in update.Left)
        {
            _members.Remove(id);
        }
    }

    public void Clear() => _members.Clear();
}
