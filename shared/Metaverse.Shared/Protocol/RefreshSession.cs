using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Client → server, reliable-ordered: a new connect token from a fresh sign-in of the same user, so the session
/// goes on past its current token's expiry (docs/PROTOCOL.md, "Sessions: expiry and refresh"). The token is
/// used up as if it had opened a connection. Answered by <see cref="SessionRefreshed"/>.
/// </summary>
[MessagePackObject]
public sealed class RefreshSession : ISessionMessage
{
    /// <summary>The connect token, as <c>POST /api/login</c> returned it (opaque, at most 268 bytes).</summary>
    [Key(0)]
    public ReadOnlyMemory<byte> Token { get; set; }
}
