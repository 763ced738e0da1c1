using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Server → client, unreliable-sequenced, once per server tick (or at the client's rate): world-state
/// replication. Avatars are delta-encoded against the last snapshot the client acknowledged
/// (<see cref="SnapshotAck"/>). The protobuf schema's reserved fields 3 and 7 are gone, so the keys are
/// dense here rather than field number − 1.
/// </summary>
[MessagePackObject]
public sealed class Snapshot : ISessionMessage
{
    /// <summary>Server tick this snapshot describes.</summary>
    [Key(0)]
    public uint Tick { get; set; }

    /// <summary>
    /// Tick of the snapshot <see cref="Avatars"/> is delta-encoded against, which the client acknowledged;
    /// 0 when the avatars are encoded in full (no baseline).
    /// </summary>
    [Key(1)]
    public uint BaselineTick { get; set; }

    /// <summary>Highest <see cref="AvatarPoseIntent.Sequence"/> the server has applied for this client, 0 when none.</summary>
    [Key(2)]
    public uint LastIntentSequence { get; set; }

    /// <summary>Highest <see cref="Tick"/> the server has seen the client acknowledge, 0 when none.</summary>
    [Key(3)]
    public uint AckedTick { get; set; }

    /// <summary>
    /// Avatars in the client's interest set, bit-packed by Replication/AvatarSnapshotCodec (entities added,
    /// changed, removed relative to the baseline). Opaque to MessagePack: one bin, written without a copy.
    /// </summary>
    [Key(4)]
    public ReadOnlyMemory<byte> Avatars { get; set; }

    /// <summary><see cref="TwinCatalog.Version"/> the twin values were encoded for; 0 when the snapshot carries none.</summary>
    [Key(5)]
    public uint TwinCatalogVersion { get; set; }

    /// <summary>
    /// Twin channel values that moved beyond their deadband since the client's acknowledged baseline,
    /// packed by Replication/TwinValueCodec: per value a varint gap to the previous channel index and
    /// the value as a little-endian float32. Opaque to MessagePack, like <see cref="Avatars"/>.
    /// </summary>
    [Key(6)]
    public ReadOnlyMemory<byte> TwinValues { get; set; }
}
