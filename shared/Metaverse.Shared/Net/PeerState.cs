namespace Metaverse.Shared.Net;

/// <summary>Lifecycle of a connection: Connecting → Connected → Disconnected (terminal).</summary>
public enum PeerState
{
    Connecting,
    Connected,
    Disconnected,
}
