using NSec.Cryptography;

namespace Metaverse.Shared.Net.Security;

/// <summary>The ciphers' names at sign-in and which ones this machine runs.</summary>
public static class SealCiphers
{
    /// <summary>Ciphers this machine runs, fastest first.</summary>
    public static IReadOnlyList<SealCipher> Supported { get; } =
        Aes256Gcm.IsSupported ? [SealCipher.Aes256Gcm, SealCipher.ChaCha20Poly1305] : [SealCipher.ChaCha20Poly1305];

    /// <summary>The name in the sign-in's JSON: <c>aes-256-gcm</c>, <c>chacha20-poly1305</c>.</summary>
    public static string Name(SealCipher cipher) => cipher switch
    {
        SealCipher.Aes256Gcm => "aes-256-gcm",
        SealCipher.ChaCha20Poly1305 => "chacha20-poly1305",
        _ => throw new ArgumentOutOfRangeException(nameof(cipher), cipher, "not a seal cipher"),
    };

    /// <summary>The cipher named <paramref name="name"/>; false for a name this version does not know.</summary>
    public static bool TryParse(string? name, out SealCipher cipher)
    {
        foreach (var candidate in Enum.GetValues<SealCipher>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                cipher = candidate;
                return true;
            }
        }

        cipher = default;
        return false;
    }

    /// <summary>The first of this machine's <see cref="Supported"/> ciphers that the other side also offers; ChaCha20-Poly1305 when it offers none of them.</summary>
    public static SealCipher Choose(IEnumerable<SealCipher> offered)
    {
        var theirs = offered.ToHashSet();
        return Supported.FirstOrDefault(theirs.Contains, SealCipher.ChaCha20Poly1305);
    }
}
