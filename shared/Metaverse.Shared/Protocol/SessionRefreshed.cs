using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>Server → client, reliable-ordered: the answer to <see cref="RefreshSession"/>.</summary>
[MessagePackObject]
public sealed class SessionRefreshed : ISessionMessage
{
    /// <summary>True when the session now lasts until <see cref="ExpiresUnixMs"/>.</summary>
    [Key(0)]
    public bool Ok { get; set; }

    /// <summary>When the session ends unless refreshed again, milliseconds since the Unix epoch (UTC): the new expiry, or the unchanged one when refused.</summary>
    [Key(1)]
    public long ExpiresUnixMs { get; set; }

    /// <summary>Why a refresh was refused (another user's token, expired, already used...); empty when accepted.</summary>
    [Key(2)]
    public string Message { get; set; } = "";
}
