using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Metaverse.Shared.Net.Security;

namespace Metaverse.Server.Auth;

/// <summary>
/// Issues and opens connect tokens (as netcode.io's private connect token): version (1 byte), a random 96-bit nonce,
/// then ChaCha20-Poly1305 with the server's key over token id (16), expiry as Unix seconds (8), role index (1), seal
/// cipher (1), name length (1), UTF-8 name (≤ 128 bytes) and the session's two keys (32 + 32), and the 16-byte tag. Only this server
/// reads or makes one; the client carries it unread. A token opens one connection (<see cref="TryUse"/>). The key is
/// random per server start unless configured, so tokens do not survive a restart without one. Thread-safe.
/// </summary>
public sealed class TokenService(byte[] key, TimeProvider clock, TimeSpan lifetime)
{
    private const byte Version = 3;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const int FixedPlainBytes = 16 + 8 + 1 + 1 + 1 + (2 * SessionKeys.KeyBytes);
    private const int NameAt = 27;
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _used = new();
    private int _pruneAbove = 1024;

    /// <summary>How long a token, and the session it opens, lasts unless refreshed.</summary>
    public TimeSpan Lifetime => lifetime;

    public static TokenService WithRandomKey(TimeProvider clock, TimeSpan lifetime) => new(RandomNumberGenerator.GetBytes(32), clock, lifetime);

    /// <summary>A token for <paramref name="name"/> in <paramref name="role"/>, with fresh keys for <paramref name="cipher"/>.</summary>
    public IssuedToken Issue(string name, string role, SealCipher cipher = SealCipher.ChaCha20Poly1305)
    {
        var expires = DateTimeOffset.FromUnixTimeSeconds((clock.GetUtcNow() + lifetime).ToUnixTimeSeconds());
        var keys = SessionKeys.Random(cipher);
        var session = new SessionToken(name, role, expires, Guid.NewGuid());
        var nameBytes = Encoding.UTF8.GetBytes(name);
        if (nameBytes.Length > 128)
        {
            throw new ArgumentException("name is longer than 128 UTF-8 bytes", nameof(name));
        }

        var plain = new byte[FixedPlainBytes + nameBytes.Length];
        session.TokenId.TryWriteBytes(plain);
        BinaryPrimitives.WriteInt64LittleEndian(plain.AsSpan(16), expires.ToUnixTimeSeconds());
        plain[24] = (byte)Roles.IndexOf(role);
        plain[25] = (byte)cipher;
        plain[26] = (byte)nameBytes.Length;
        nameBytes.CopyTo(plain, NameAt);
        keys.ClientToServer.CopyTo(plain, NameAt + nameBytes.Length);
        keys.ServerToClient.CopyTo(plain, NameAt + nameBytes.Length + SessionKeys.KeyBytes);

        var token = new byte[1 + NonceBytes + plain.Length + TagBytes];
        token[0] = Version;
        RandomNumberGenerator.Fill(token.AsSpan(1, NonceBytes));
        using var sealer = new ChaCha20Poly1305(key);
        sealer.Encrypt(token.AsSpan(1, NonceBytes), plain, token.AsSpan(1 + NonceBytes, plain.Length), token.AsSpan(^TagBytes), token.AsSpan(0, 1));
        CryptographicOperations.ZeroMemory(plain);
        return new IssuedToken(token, keys, session);
    }

    /// <summary>The session and keys, or the reason the token is refused (said to the client when its keys are known).</summary>
    public OpenedToken Open(ReadOnlySpan<byte> token)
    {
        if (token.IsEmpty)
        {
            return new OpenedToken(null, null, "no token: log in with POST /api/login and connect with the token it returns");
        }

        var plainLength = token.Length - 1 - NonceBytes - TagBytes;
        if (token[0] != Version || plainLength < FixedPlainBytes || plainLength > FixedPlainBytes + 128)
        {
            return new OpenedToken(null, null, "malformed token");
        }

        var plain = new byte[plainLength];
        try
        {
            using var cipher = new ChaCha20Poly1305(key);
            cipher.Decrypt(token.Slice(1, NonceBytes), token.Slice(1 + NonceBytes, plainLength), token[^TagBytes..], plain, token[..1]);
        }
        catch (AuthenticationTagMismatchException)
        {
            return new OpenedToken(null, null, "invalid token (issued by another server, or altered)");
        }

        var nameLength = plain[26];
        if (plain[24] >= Roles.All.Count || !Enum.IsDefined((SealCipher)plain[25]) || plainLength != FixedPlainBytes + nameLength)
        {
            return new OpenedToken(null, null, "malformed token");
        }

        var keys = new SessionKeys(
            plain.AsSpan(NameAt + nameLength, SessionKeys.KeyBytes).ToArray(),
            plain.AsSpan(NameAt + nameLength + SessionKeys.KeyBytes, SessionKeys.KeyBytes).ToArray(),
            (SealCipher)plain[25]);
        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64LittleEndian(plain.AsSpan(16)));
        var session = new SessionToken(Encoding.UTF8.GetString(plain, NameAt, nameLength), Roles.All[plain[24]], expires, new Guid(plain.AsSpan(0, 16)));
        CryptographicOperations.ZeroMemory(plain);
        return expires <= clock.GetUtcNow()
            ? new OpenedToken(null, keys, $"token expired at {expires:u}: log in again")
            : new OpenedToken(session, keys, null);
    }

    /// <summary>
    /// Marks the token used; false when it was used before (a token opens one connection, also after a disconnect).
    /// Tokens past their expiry are forgotten (they are refused as expired anyway), so the set stays bounded.
    /// </summary>
    public bool TryUse(SessionToken session)
    {
        if (_used.Count > Volatile.Read(ref _pruneAbove))
        {
            var now = clock.GetUtcNow();
            foreach (var (id, expires) in _used)
            {
                if (expires <= now)
                {
                    _used.TryRemove(id, out _);
                }
            }

            // Next sweep when the live set has doubled, so sweeps cost O(1) per use on average.
            Volatile.Write(ref _pruneAbove, Math.Max(1024, 2 * _used.Count));
        }

        return _used.TryAdd(session.TokenId, session.ExpiresUtc);
    }

    /// <summary>Now, on the clock tokens expire by.</summary>
    public DateTimeOffset UtcNow => clock.GetUtcNow();
}
