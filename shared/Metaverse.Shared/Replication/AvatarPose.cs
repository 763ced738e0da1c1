using System.Numerics;

namespace Metaverse.Shared.Replication;

/// <summary>An avatar's tracked parts in the room frame: positions in metres, rotations as unit quaternions.</summary>
public readonly record struct AvatarPose(
    Vector3 HeadPosition,
    Quaternion HeadRotation,
    Vector3 LeftHandPosition,
    Quaternion LeftHandRotation,
    Vector3 RightHandPosition,
    Quaternion RightHandRotation)
{
    /// <summary>Positions quantized by <paramref name="quantizer"/> (clamped to its bounds), rotations packed smallest-three.</summary>
    public QuantizedAvatarPose Quantize(PositionQuantizer quantizer)
    {
        ArgumentNullException.ThrowIfNull(quantizer);
        return new QuantizedAvatarPose(
            quantizer.Quantize(HeadPosition),
            SmallestThreeQuaternion.Pack(HeadRotation),
            quantizer.Quantize(LeftHandPosition),
            SmallestThreeQuaternion.Pack(LeftHandRotation),
            quantizer.Quantize(RightHandPosition),
            SmallestThreeQuaternion.Pack(RightHandRotation));
    }
}
