using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;

namespace Metaverse.Server.Sessions;

/// <summary>Transport channels of the session protocol (docs/SESSION_PROTOCOL.md).</summary>
public static class Channels
{
    /// <summary>Control, chat and commands; ReliableOrdered.</summary>
    public const byte Control = SessionProtocol.ControlChannel;

    /// <summary>Avatar pose intents, client to server; Sequenced.</summary>
    public const byte Poses = SessionProtocol.PoseChannel;

    /// <summary>Snapshots (Unreliable) and their acks (Sequenced).</summary>
    public const byte Snapshots = SessionProtocol.SnapshotChannel;

    /// <summary>Snapshots too large for one datagram; ReliableOrdered on a stream of their own, so chat and commands never wait behind them.</summary>
    public const byte LargeSnapshots = SessionProtocol.LargeSnapshotChannel;

    public static SendResult SendControl(this NetPeer peer, byte[] envelope) => peer.Send(envelope, DeliveryMethod.ReliableOrdered, Control);
}
