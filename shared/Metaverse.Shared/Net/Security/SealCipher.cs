namespace Metaverse.Shared.Net.Security;

/// <summary>
/// The AEAD a session's datagrams are sealed with, agreed at sign-in (docs/PROTOCOL.md, "Sealing"): the client lists
/// what its machine runs, the server picks the first of its own preference that the client listed. Both use 256-bit
/// keys, 96-bit nonces and 16-byte tags, so the seal format is the same.
/// </summary>
public enum SealCipher : byte
{
    /// <summary>ChaCha20-Poly1305 (RFC 8439): runs everywhere in constant time; the fallback.</summary>
    ChaCha20Poly1305 = 1,

    /// <summary>AES-256-GCM: about 3× faster where the processor has AES and carry-less multiply instructions (libsodium needs them).</summary>
    Aes256Gcm = 2,
}
