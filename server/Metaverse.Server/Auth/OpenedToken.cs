using Metaverse.Shared.Net.Security;

namespace Metaverse.Server.Auth;

/// <summary>
/// What <see cref="TokenService.Open"/> found: the session and its keys, or the refusal. <see cref="Keys"/> is also
/// set for a token that opened but is refused (expired), so the refusal can be sealed to its owner.
/// </summary>
public sealed record OpenedToken(SessionToken? Session, SessionKeys? Keys, string? Refusal);
