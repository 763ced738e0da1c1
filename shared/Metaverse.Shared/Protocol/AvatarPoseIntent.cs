using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Client → server, every client frame or at the server tick rate (whichever is lower), sent
/// unreliable-sequenced: only the newest matters. The client's own tracked pose, either bit-packed on
/// the replication grid (<see cref="PackedPose"/>, what metaverse clients send since protocol version 4)
/// or as plain floats; the server replicates avatars to other clients with the compact bit-packed codec
/// (Replication/AvatarSnapshotCodec.cs) carried in <see cref="Snapshot.Avatars"/>.
/// </summary>
[MessagePackObject]
public sealed class AvatarPoseIntent : ISessionMessage
{
    /// <summary>
    /// Increases by one per intent sent; echoed back in <see cref="Snapshot.LastIntentSequence"/> so the
    /// client can tell which of its intents the server has applied.
    /// </summary>
    [Key(0)]
    public uint Sequence { get; set; }

    /// <summary>
    /// Client monotonic clock when the pose was sampled, microseconds (arbitrary origin); 0 when unknown.
    /// The server replicates each avatar at its tick times by these times (interpolated between, or
    /// extrapolated up to 100 ms past, the two newest intents); without them, the newest intent as sent.
    /// </summary>
    [Key(1)]
    public long ClientTimeUs { get; set; }

    /// <summary>Head (HMD, or the desktop camera); nil when not sent.</summary>
    [Key(2)]
    public TrackedPose? Head { get; set; }

    /// <summary>Left hand (controller or hand tracking); nil when not sent.</summary>
    [Key(3)]
    public TrackedPose? LeftHand { get; set; }

    /// <summary>Right hand; nil when not sent.</summary>
    [Key(4)]
    public TrackedPose? RightHand { get; set; }

    /// <summary>
    /// The three parts quantized on the replication grid (1 mm positions, smallest-three rotations) and
    /// bit-packed as one full pose of Replication/AvatarDeltaCodec.cs (about 28 bytes instead of about
    /// 130 for the floats above). When not empty, the server reads only this member and ignores
    /// <see cref="Head"/>, <see cref="LeftHand"/> and <see cref="RightHand"/>; a payload that does not
    /// decode to exactly one pose is refused.
    /// </summary>
    [Key(5)]
    public ReadOnlyMemory<byte> PackedPose { get; set; }
}
