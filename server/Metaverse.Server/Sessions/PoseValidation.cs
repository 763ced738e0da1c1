using System.Numerics;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// Turns a client's pose intent into an avatar pose, or refuses it: a packed pose that does not decode to
/// exactly one pose on the grid; floats that are not finite, a position outside the room bounds, a zero rotation.
/// </summary>
internal static class PoseValidation
{
    /// <summary>The intent's pose on <paramref name="codec"/>'s grid: from <c>packed_pose</c> when set, else from the floats.</summary>
    public static QuantizedAvatarPose? ToQuantizedPose(AvatarPoseIntent intent, AvatarDeltaCodec codec)
    {
        if (!intent.PackedPose.IsEmpty)
        {
            return PackedAvatarPose.TryUnpack(intent.PackedPose.Span, codec, out var packed) ? packed : null;
        }

        return ToPose(intent, codec.Quantizer)?.Quantize(codec.Quantizer);
    }

    public static AvatarPose? ToPose(AvatarPoseIntent intent, PositionQuantizer bounds)
    {
        var head = Part(intent.Head, bounds);
        var left = Part(intent.LeftHand, bounds);
        var right = Part(intent.RightHand, bounds);
        return head is null || left is null || right is null
            ? null
            : new AvatarPose(head.Value.Position, head.Value.Rotation, left.Value.Position, left.Value.Rotation, right.Value.Position, right.Value.Rotation);
    }

    private static (Vector3 Position, Quaternion Rotation)? Part(TrackedPose? pose, PositionQuantizer bounds)
    {
        if (pose?.Position is null || pose.Rotation is null)
        {
            return null;
        }

        var position = new Vector3(pose.Position.X, pose.Position.Y, pose.Position.Z);
        var rotation = new Quaternion(pose.Rotation.X, pose.Rotation.Y, pose.Rotation.Z, pose.Rotation.W);
        var inside = Vector3.Clamp(position, bounds.Min, bounds.Max) == position;
        var length = rotation.Length();
        return float.IsFinite(position.X + position.Y + position.Z) && inside && float.IsFinite(length) && length > 1e-3f
            ? (position, Quaternion.Normalize(rotation))
            : null;
    }
}
