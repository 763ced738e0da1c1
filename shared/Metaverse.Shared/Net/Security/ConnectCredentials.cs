namespace Metaverse.Shared.Net.Security;

/// <summary>
/// What a client connects with, both from the sign-in: the connect token (opaque to the client, sent in the connect
/// request; only the server opens it) and the session's keys (which the server reads out of the token).
/// </summary>
public sealed record ConnectCredentials(ReadOnlyMemory<byte> Token, SessionKeys Keys);
