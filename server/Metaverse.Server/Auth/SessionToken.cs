namespace Metaverse.Server.Auth;

/// <summary>Who a connect token says the client is, and until when (UTC).</summary>
public sealed record SessionToken(string Name, string Role, DateTimeOffset ExpiresUtc);
