namespace Metaverse.Client;

/// <summary>Where a <see cref="SessionClient"/> is in the session flow (docs/SESSION_PROTOCOL.md).</summary>
public enum SessionState
{
    /// <summary>The transport connection is being set up.</summary>
    Connecting,

    /// <summary>Transport connected, Hello sent, waiting for Welcome.</summary>
    Connected,

    /// <summary>Welcome received; not in a room (JoinRoom sent or not yet).</summary>
    Welcomed,

    /// <summary>RoomJoined received: poses and chat go to the room, snapshots arrive.</summary>
    Joined,

    /// <summary>The connection is closed (see <see cref="SessionClient.Failure"/>). Terminal.</summary>
    Disconnected,
}
