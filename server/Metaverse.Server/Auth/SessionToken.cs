namespace Metaverse.Server.Auth;

/// <summary>Who a connect token says the client is, until when (UTC), and the token's own id (each token opens one connection).</summary>
public sealed record SessionToken(string Name, string Role, DateTimeOffset ExpiresUtc, Guid TokenId);
