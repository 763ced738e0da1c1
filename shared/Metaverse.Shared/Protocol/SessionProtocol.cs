namespace Metaverse.Shared.Messages;

/// <summary>The numbers both ends of the session protocol share (docs/SESSION_PROTOCOL.md).</summary>
public static class SessionProtocol
{
    /// <summary>Version in Hello and Welcome; a mismatch ends the session with a reason naming both.</summary>
    public const uint Version = 7;

    /// <summary>ReliableOrdered: hello, welcome, rooms, chat, commands.</summary>
    public const byte ControlChannel = 0;

    /// <summary>Sequenced, client to server: avatar pose intents.</summary>
    public const byte PoseChannel = 1;

    /// <summary>Snapshots (Unreliable, server to client) and their acks (Sequenced, client to server).</summary>
    public const byte SnapshotChannel = 2;

    /// <summary>ReliableOrdered, server to client: snapshots too large for one datagram, on a stream of their own.</summary>
    public const byte LargeSnapshotChannel = 3;

    /// <summary>Longest chat text, in characters.</summary>
    public const int MaxChatLength = 500;
}
