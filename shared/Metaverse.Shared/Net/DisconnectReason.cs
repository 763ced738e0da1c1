namespace Metaverse.Shared.Net;

/// <summary>Why a connection ended (LiteNetLib's reasons, grouped as the application needs them).</summary>
public enum DisconnectReason : byte
{
    /// <summary>No answer to the connect request within <see cref="NetConfig.ConnectTimeout"/>, or the network refused it.</summary>
    ConnectionFailed = 0,

    /// <summary>Nothing received from the remote for <see cref="NetConfig.DisconnectTimeout"/>.</summary>
    Timeout = 1,

    /// <summary>The remote closed the connection; <see cref="DisconnectInfo.Message"/> holds its reason.</summary>
    RemoteDisconnect = 2,

    /// <summary>This side closed the connection.</summary>
    LocalDisconnect = 3,

    /// <summary>The server refused the connect request; <see cref="DisconnectInfo.Message"/> holds its reason.</summary>
    ConnectionRejected = 4,

    /// <summary>The same client address connected again with a new session; the old one ended.</summary>
    Reconnected = 5,

    /// <summary>The remote speaks another protocol version.</summary>
    ProtocolViolation = 6,

    /// <summary>The host was shut down.</summary>
    HostShutdown = 7,
}

/// <summary>Reason and human-readable message of a disconnect.</summary>
public readonly record struct DisconnectInfo(DisconnectReason Reason, string Message);
