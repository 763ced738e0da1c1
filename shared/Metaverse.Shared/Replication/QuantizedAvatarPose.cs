namespace Metaverse.Shared.Replication;

/// <summary>
/// The integer form of an <see cref="AvatarPose"/> that the codecs transmit exactly: positions as
/// <see cref="PositionQuantizer"/> grid indices, rotations as <see cref="SmallestThreeQuaternion"/>
/// packed values.
/// </summary>
public readonly record struct QuantizedAvatarPose(
    QuantizedPosition HeadPosition,
    uint HeadRotation,
    QuantizedPosition LeftHandPosition,
    uint LeftHandRotation,
    QuantizedPosition RightHandPosition,
    uint RightHandRotation)
{
    public AvatarPose Dequantize(PositionQuantizer quantizer)
    {
        ArgumentNullException.ThrowIfNull(quantizer);
        return new AvatarPose(
            quantizer.Dequantize(HeadPosition),
            SmallestThreeQuaternion.Unpack(HeadRotation),
            quantizer.Dequantize(LeftHandPosition),
            SmallestThreeQuaternion.Unpack(LeftHandRotation),
            quantizer.Dequantize(RightHandPosition),
            SmallestThreeQuaternion.Unpack(RightHandRotation));
    }
}
