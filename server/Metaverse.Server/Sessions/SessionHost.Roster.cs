using Metaverse.Server.Rooms;
using Metaverse.Shared.Messages;

namespace Metaverse.Server.Sessions;

/// <summary>
/// The room roster (<see cref="RoomMembers"/>): a joiner gets the full list at once; the joins and leaves of a
/// tick reach every member batched in one reliable message at the next <see cref="Tick"/>, so a crowd joining
/// costs each member one message per tick rather than one per joiner.
/// </summary>
internal sealed partial class SessionHost
{
    private readonly Dictionary<Room, RoomMembers> _rosterChanges = [];

    private void SendRoster(ClientSession joiner, Room room)
    {
        var full = new RoomMembers { RoomId = room.Name, Full = true };
        foreach (var peerId in room.Members)
        {
            if (_sessions.TryGetValue(peerId, out var member))
            {
                full.Joined.Add(Member(member));
            }
        }

        joiner.Peer.SendControl(SessionCodec.Serialize(full));
        Changes(room).Joined.Add(Member(joiner));
    }

    private void RosterLeft(ClientSession leaver, Room room) => Changes(room).Left.Add(leaver.ClientId);

    private void FlushRosterChanges()
    {
        foreach (var (room, changes) in _rosterChanges)
        {
            var message = SessionCodec.Serialize(changes);
            foreach (var peerId in room.Members)
            {
                if (_sessions.TryGetValue(peerId, out var member))
                {
                    member.Peer.SendControl(message);
                }
            }
        }

        _rosterChanges.Clear();
    }

    private RoomMembers Changes(Room room)
    {
        if (!_rosterChanges.TryGetValue(room, out var changes))
        {
            changes = new RoomMembers { RoomId = room.Name };
            _rosterChanges[room] = changes;
        }

        return changes;
    }

    private static RoomMember Member(ClientSession session) =>
        new() { AvatarEntityId = session.ClientId, Name = session.Identity.Name, Role = session.Identity.Role };
}
