namespace Metaverse.Shared.Messages;

/// <summary>Why a client is no longer in a room; an integer on the wire.</summary>
public enum RoomLeftReason
{
    /// <summary>Not set; treat as <see cref="Requested"/>.</summary>
    Unspecified = 0,

    /// <summary>The client sent <see cref="LeaveRoom"/> or joined another room.</summary>
    Requested = 1,

    /// <summary>An operator removed the client.</summary>
    Kicked = 2,

    /// <summary>The room was closed.</summary>
    RoomClosed = 3,
}
