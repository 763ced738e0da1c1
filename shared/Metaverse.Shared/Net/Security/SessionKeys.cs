using System.Security.Cryptography;

namespace Metaverse.Shared.Net.Security;

/// <summary>
/// The two 256-bit keys of one session, one per direction, and the cipher they are for, handed out by the sign-in
/// inside the connect token (docs/PROTOCOL.md, "Sealing"). Each side seals with its sending key and opens with the other.
/// </summary>
public sealed record SessionKeys
{
    /// <summary>Key length in bytes.</summary>
    public const int KeyBytes = 32;

    public SessionKeys(byte[] clientToServer, byte[] serverToClient, SealCipher cipher = SealCipher.ChaCha20Poly1305)
    {
        if (!Enum.IsDefined(cipher))
        {
            throw new ArgumentOutOfRangeException(nameof(cipher), cipher, "not a seal cipher");
        }

        if (clientToServer.Length != KeyBytes || serverToClient.Length != KeyBytes)
        {
            throw new ArgumentException($"each session key must be {KeyBytes} bytes");
        }

        ClientToServer = clientToServer;
        ServerToClient = serverToClient;
        Cipher = cipher;
    }

    /// <summary>The AEAD both keys are for.</summary>
    public SealCipher Cipher { get; }

    /// <summary>Seals what the client sends.</summary>
    public byte[] ClientToServer { get; }

    /// <summary>Seals what the server sends.</summary>
    public byte[] ServerToClient { get; }

    /// <summary>Two fresh random keys for <paramref name="cipher"/>.</summary>
    public static SessionKeys Random(SealCipher cipher = SealCipher.ChaCha20Poly1305) =>
        new(RandomNumberGenerator.GetBytes(KeyBytes), RandomNumberGenerator.GetBytes(KeyBytes), cipher);
}
