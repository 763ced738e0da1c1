using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Metaverse.Server.Auth;

/// <summary>
/// Issues and checks connect tokens: version (1 byte), expiry as Unix seconds (8), role index (1),
/// name length (1), UTF-8 name (≤ 32 characters), then the first 16 bytes of HMAC-SHA256 over all
/// of that. At most 123 bytes, so a token fits the transport's 160-byte connect data. The key is
/// random per server start unless configured, so tokens do not survive a restart without one.
/// Thread-safe.
/// </summary>
public sealed class TokenService(byte[] key, TimeProvider clock, TimeSpan lifetime)
{
    private const byte Version = 1;
    private const int MacBytes = 16;
    private const int HeaderBytes = 11;

    public static TokenService WithRandomKey(TimeProvider clock) => new(RandomNumberGenerator.GetBytes(32), clock, TimeSpan.FromHours(12));

    public (byte[] Token, SessionToken Session) Issue(string name, string role)
    {
        var expires = clock.GetUtcNow() + lifetime;
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var token = new byte[HeaderBytes + nameBytes.Length + MacBytes];
        token[0] = Version;
        BinaryPrimitives.WriteInt64LittleEndian(token.AsSpan(1), expires.ToUnixTimeSeconds());
        token[9] = (byte)Roles.IndexOf(role);
        token[10] = (byte)nameBytes.Length;
        nameBytes.CopyTo(token, HeaderBytes);
        Mac(token.AsSpan(0, token.Length - MacBytes)).CopyTo(token.AsSpan(token.Length - MacBytes));
        return (token, new SessionToken(name, role, DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds())));
    }

    /// <summary>The session, or the reason the token is refused (said to the client in the connect reject).</summary>
    public (SessionToken? Session, string? Refusal) Check(ReadOnlySpan<byte> token)
    {
        if (token.IsEmpty)
        {
            return (null, "no token: log in with POST /api/login and connect with the token it returns");
        }

        if (token.Length < HeaderBytes + MacBytes || token[0] != Version || token.Length != HeaderBytes + token[10] + MacBytes
            || token[9] >= Roles.All.Count)
        {
            return (null, "malformed token");
        }

        var signed = token[..^MacBytes];
        if (!CryptographicOperations.FixedTimeEquals(Mac(signed), token[^MacBytes..]))
        {
            return (null, "invalid token signature (issued by another server, or altered)");
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64LittleEndian(token[1..]));
        return expires <= clock.GetUtcNow()
            ? (null, $"token expired at {expires:u}: log in again")
            : (new SessionToken(Encoding.UTF8.GetString(token.Slice(HeaderBytes, token[10])), Roles.All[token[9]], expires), null);
    }

    private byte[] Mac(ReadOnlySpan<byte> data) => HMACSHA256.HashData(key, data)[..MacBytes];
}
