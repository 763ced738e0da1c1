using Metaverse.Shared.Replication;

namespace Metaverse.Client;

/// <summary>
/// The avatars of one snapshot as interpolation state: built from a decoded <see cref="AvatarSnapshot"/>
/// without copying, dequantized only when someone reads <see cref="Poses"/>.
/// </summary>
public sealed class AvatarFrame
{
    private readonly AvatarSnapshot? _snapshot;
    private readonly PositionQuantizer _quantizer;
    private IReadOnlyDictionary<uint, SnapshotInterpolationPose>? _poses;

    public AvatarFrame(AvatarSnapshot snapshot, PositionQuantizer quantizer)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(quantizer);
        _snapshot = snapshot;
        _quantizer = quantizer;
    }

    private AvatarFrame(IReadOnlyDictionary<uint, SnapshotInterpolationPose> poses, PositionQuantizer quantizer)
    {
        _poses = poses;
        _quantizer = quantizer;
    }

    /// <summary>Pose of every avatar by entity id, in metres and unit quaternions.</summary>
    public IReadOnlyDictionary<uint, SnapshotInterpolationPose> Poses => _poses ??= Dequantize(_snapshot!, _quantizer);

    /// <summary>
    /// Avatars of <paramref name="to"/>, each interpolated from its pose in <paramref name="from"/> when it is
    /// there too (t &gt; 1 extrapolates); avatars only in <paramref name="from"/> are gone.
    /// </summary>
    public static AvatarFrame Interpolate(AvatarFrame from, AvatarFrame to, float t)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var start = from.Poses;
        var result = new Dictionary<uint, SnapshotInterpolationPose>(to.Poses.Count);
        foreach (var (id, pose) in to.Poses)
        {
            result[id] = start.TryGetValue(id, out var earlier) ? SnapshotInterpolationPose.Interpolate(earlier, pose, t) : pose;
        }

        return new AvatarFrame(result, to._quantizer);
    }

    private static Dictionary<uint, SnapshotInterpolationPose> Dequantize(AvatarSnapshot snapshot, PositionQuantizer quantizer)
    {
        var poses = new Dictionary<uint, SnapshotInterpolationPose>(snapshot.Count);
        foreach (var entity in snapshot.Entities)
        {
            var p = entity.Pose.Dequantize(quantizer);
            poses[entity.EntityId] = new SnapshotInterpolationPose(
                p.HeadPosition, p.HeadRotation, p.LeftHandPosition, p.LeftHandRotation, p.RightHandPosition, p.RightHandRotation);
        }

        return poses;
    }
}
