using Metaverse.Server.Auth;
using Metaverse.Server.Rooms;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>One connected client's state on the server. Simulation thread only.</summary>
internal sealed class ClientSession(NetPeer peer, SessionToken identity)
{
    public NetPeer Peer => peer;

    public SessionToken Identity => identity;

    /// <summary>When the session ends unless refreshed (UTC): the connect token's expiry, moved on by each refresh.</summary>
    public DateTimeOffset ExpiresUtc { get; set; } = identity.ExpiresUtc;

    /// <summary>Also the entity id of the client's avatar.</summary>
    public uint ClientId => (uint)peer.Id;

    public bool Welcomed { get; set; }

    public Room? Room { get; set; }

    /// <summary>The client's valid intents in the current room, to be put on tick times; replaced on joining a room.</summary>
    public PoseResampler Intents { get; set; } = new(PositionQuantizer.Default);

    /// <summary>The pose replicated at the current tick (<see cref="PoseResampler.PoseAt"/>); null until the first intent.</summary>
    public QuantizedAvatarPose? Pose { get; set; }

    public uint LastIntentSequence { get; set; }

    /// <summary>Snapshot ticks the client acknowledged in its current room.</summary>
    public AcknowledgedTicks Acks { get; } = new();

    /// <summary>Newest snapshot tick the client acknowledged; 0 when none.</summary>
    public uint AckedTick => Acks.Newest;

    public SentSnapshots Sent { get; } = new();

    /// <summary>Which avatars this client gets each tick within its byte budget; created on the first snapshot.</summary>
    public ClientReplication? Replication { get; set; }

    /// <summary>Which twin channel values this client holds and gets next; created on the first snapshot of a room with twins.</summary>
    public ClientTwinReplication? Twins { get; set; }

    /// <summary>This tick's snapshot, composed then sent; its buffer is reused.</summary>
    public OutgoingSnapshot Outgoing { get; } = new();

    /// <summary>Results of this client's commands by request id, so a retry is answered without applying twice.</summary>
    public Dictionary<string, CommandResult?> Commands { get; } = [];

    /// <summary>Messages that failed to parse or broke a rule (counted, not fatal).</summary>
    public long InvalidMessages { get; set; }
}
