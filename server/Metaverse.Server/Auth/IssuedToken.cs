using Metaverse.Shared.Net.Security;

namespace Metaverse.Server.Auth;

/// <summary>
/// A sign-in's connect token: <see cref="Token"/> is opaque to the client (sealed with the server's key) and sent in
/// the UDP connect request; <see cref="Keys"/> are the session's keys, which the client gets beside it and the server
/// reads back out of the token.
/// </summary>
public sealed record IssuedToken(byte[] Token, SessionKeys Keys, SessionToken Session);
