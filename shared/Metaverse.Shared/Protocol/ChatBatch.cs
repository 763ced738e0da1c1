using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Server → client, reliable-ordered: the room's chat lines accepted during one tick, in the order the
/// server accepted them, the same bytes for every member (a member's own lines included: clients skip
/// them by <see cref="ChatMessage.FromClientId"/>). One message per member per tick instead of one per
/// line per member.
/// </summary>
[MessagePackObject]
public sealed class ChatBatch : ISessionMessage
{
    [Key(0)]
    public List<ChatMessage> Messages { get; set; } = [];
}
