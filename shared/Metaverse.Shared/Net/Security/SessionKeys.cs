using System.Security.Cryptography;

namespace Metaverse.Shared.Net.Security;

/// <summary>
/// The two 256-bit ChaCha20-Poly1305 keys of one session, one per direction, handed out by the sign-in inside the
/// connect token (docs/PROTOCOL.md, "Sealing"). Each side seals with its sending key and opens with the other.
/// </summary>
public sealed record SessionKeys
{
    /// <summary>Key length in bytes.</summary>
    public const int KeyBytes = 32;

    public SessionKeys(byte[] clientToServer, byte[] serverToClient)
    {
        if (clientToServer.Length != KeyBytes || serverToClient.Length != KeyBytes)
        {
            throw new ArgumentException($"each session key must be {KeyBytes} bytes");
        }

        ClientToServer = clientToServer;
        ServerToClient = serverToClient;
    }

    /// <summary>Seals what the client sends.</summary>
    public byte[] ClientToServer { get; }

    /// <summary>Seals what the server sends.</summary>
    public byte[] ServerToClient { get; }

    /// <summary>Two fresh random keys.</summary>
    public static SessionKeys Random() => new(RandomNumberGenerator.GetBytes(KeyBytes), RandomNumberGenerator.GetBytes(KeyBytes));
}
