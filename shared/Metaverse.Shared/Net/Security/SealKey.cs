using NSec.Cryptography;

namespace Metaverse.Shared.Net.Security;

/// <summary>
/// One 256-bit key of a <see cref="SealCipher"/>, held by libsodium through NSec (for ChaCha20-Poly1305 its per-call
/// cost is half that of .NET's OpenSSL-backed <c>ChaCha20Poly1305</c> on small datagrams; AES-256-GCM is about 3× faster
/// again where the processor has AES instructions: <c>metaverse-bench seal</c>, docs/PERFORMANCE.md). Seals and opens
/// in place; not thread-safe to dispose while in use.
/// </summary>
public sealed class SealKey : IDisposable
{
    private readonly Key _key;
    private readonly AeadAlgorithm _algorithm;

    public SealKey(ReadOnlySpan<byte> key, SealCipher cipher)
    {
        if (key.Length != SessionKeys.KeyBytes)
        {
            throw new ArgumentException($"a seal key is {SessionKeys.KeyBytes} bytes, got {key.Length}", nameof(key));
        }

        _algorithm = cipher switch
        {
            SealCipher.ChaCha20Poly1305 => AeadAlgorithm.ChaCha20Poly1305,
            SealCipher.Aes256Gcm when Aes256Gcm.IsSupported => AeadAlgorithm.Aes256Gcm,
            SealCipher.Aes256Gcm => throw new PlatformNotSupportedException("AES-256-GCM needs a processor with AES instructions; sign in offering only chacha20-poly1305"),
            _ => throw new ArgumentOutOfRangeException(nameof(cipher), cipher, "not a seal cipher"),
        };
        _key = Key.Import(_algorithm, key, KeyBlobFormat.RawSymmetricKey);
    }

    /// <summary>Encrypts <paramref name="text"/> in place and writes the tag right after it (<paramref name="textAndTag"/> starts where the text does).</summary>
    public void Encrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> associated, ReadOnlySpan<byte> text, Span<byte> textAndTag) =>
        _algorithm.Encrypt(_key, nonce, associated, text, textAndTag);

    /// <summary>Checks the tag at the end of <paramref name="textAndTag"/> and decrypts in place into <paramref name="text"/>; false when the tag does not hold.</summary>
    public bool Decrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> associated, ReadOnlySpan<byte> textAndTag, Span<byte> text) =>
        _algorithm.Decrypt(_key, nonce, associated, textAndTag, text);

    public void Dispose() => _key.Dispose();
}
