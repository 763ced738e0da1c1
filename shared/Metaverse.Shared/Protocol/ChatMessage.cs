using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Text chat within a room. Client → server (from_* members ignored, the server fills them in); server →
/// client inside a <see cref="ChatBatch"/>. Reliable-ordered.
/// </summary>
[MessagePackObject]
public sealed class ChatMessage : ISessionMessage
{
    /// <summary>Sender's client id (<see cref="Welcome.ClientId"/>); 0 for messages from the server itself.</summary>
    [Key(0)]
    public uint FromClientId { get; set; }

    /// <summary>Sender's display name at the time of sending.</summary>
    [Key(1)]
    public string FromName { get; set; } = "";

    /// <summary>Message text, UTF-8, at most <see cref="SessionProtocol.MaxChatLength"/> characters.</summary>
    [Key(2)]
    public string Text { get; set; } = "";

    /// <summary>When the server accepted it, milliseconds since the Unix epoch (UTC); 0 in client → server.</summary>
    [Key(3)]
    public long UtcUnixMs { get; set; }
}
