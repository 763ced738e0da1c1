using NSec.Cryptography;

namespace Metaverse.Shared.Net.Security;

/// <summary>
/// One 256-bit ChaCha20-Poly1305 key, held by libsodium through NSec (its per-call cost is half that of .NET's
/// OpenSSL-backed <c>ChaCha20Poly1305</c>: 0.55 against 1.1 µs for a 60-byte datagram, <c>metaverse-bench seal</c>,
/// docs/PERFORMANCE.md). Seals and opens in place; not thread-safe to dispose while in use.
/// </summary>
public sealed class SealKey : IDisposable
{
    private readonly Key _key;

    public SealKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != SessionKeys.KeyBytes)
        {
            throw new ArgumentException($"a seal key is {SessionKeys.KeyBytes} bytes, got {key.Length}", nameof(key));
        }

        _key = Key.Import(AeadAlgorithm.ChaCha20Poly1305, key, KeyBlobFormat.RawSymmetricKey);
    }

    /// <summary>Encrypts <paramref name="text"/> in place and writes the tag right after it (<paramref name="textAndTag"/> starts where the text does).</summary>
    public void Encrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> associated, ReadOnlySpan<byte> text, Span<byte> textAndTag) =>
        AeadAlgorithm.ChaCha20Poly1305.Encrypt(_key, nonce, associated, text, textAndTag);

    /// <summary>Checks the tag at the end of <paramref name="textAndTag"/> and decrypts in place into <paramref name="text"/>; false when the tag does not hold.</summary>
    public bool Decrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> associated, ReadOnlySpan<byte> textAndTag, Span<byte> text) =>
        AeadAlgorithm.ChaCha20Poly1305.Decrypt(_key, nonce, associated, textAndTag, text);

    public void Dispose() => _key.Dispose();
}
