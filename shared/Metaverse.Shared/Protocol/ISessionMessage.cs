using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Every application payload of the session protocol: a MessagePack union, on the wire the two-element
/// array <c>[key, body]</c> (docs/SESSION_PROTOCOL.md). Union keys stay below 128 so the key is one byte.
/// A receiver drops a message meant for the other direction.
/// </summary>
[Union(1, typeof(Hello))]
[Union(2, typeof(Welcome))]
[Union(3, typeof(JoinRoom))]
[Union(4, typeof(RoomJoined))]
[Union(5, typeof(LeaveRoom))]
[Union(6, typeof(RoomLeft))]
[Union(7, typeof(AvatarPoseIntent))]
[Union(8, typeof(Snapshot))]
[Union(9, typeof(SnapshotAck))]
[Union(10, typeof(Command))]
[Union(11, typeof(CommandResult))]
[Union(12, typeof(ChatMessage))]
[Union(13, typeof(TwinCatalog))]
[Union(14, typeof(RoomMembers))]
[Union(15, typeof(ChatBatch))]
[Union(16, typeof(RefreshSession))]
[Union(17, typeof(SessionRefreshed))]
public interface ISessionMessage;
