using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

/// <summary>Small random moves of a quantized pose, for the codec tests.</summary>
internal static class PoseNoise
{
    /// <summary>
    /// Moves every position axis and rotation component by up to ±<paramref name="step"/> grid steps. With
    /// <paramref name="rotationJumpOneIn"/> &gt; 0, one rotation in that many becomes an arbitrary packed value
    /// (a jump the delta coder cannot follow).
    /// </summary>
    public static QuantizedAvatarPose Nudge(QuantizedAvatarPose pose, Random random, int step, int rotationJumpOneIn = 0)
    {
        var max = PositionQuantizer.Default.MaxIndex;
        uint Axis(uint value, uint limit) => (uint)Math.Clamp(value + random.Next(-step, step + 1), 0L, limit);
        QuantizedPosition Position(QuantizedPosition p) => new(Axis(p.X, max.X), Axis(p.Y, max.Y), Axis(p.Z, max.Z));
        uint Rotation(uint packed) => rotationJumpOneIn > 0 && random.Next(rotationJumpOneIn) == 0
            ? (uint)random.NextInt64(1L << 32)
            : SmallestThreeQuaternion.Compose(
                SmallestThreeQuaternion.LargestIndex(packed),
                Axis(SmallestThreeQuaternion.Component(packed, 0), SmallestThreeQuaternion.ComponentMax),
                Axis(SmallestThreeQuaternion.Component(packed, 1), SmallestThreeQuaternion.ComponentMax),
                Axis(SmallestThreeQuaternion.Component(packed, 2), SmallestThreeQuaternion.ComponentMax));
        return new QuantizedAvatarPose(
            Position(pose.HeadPosition),
            Rotation(pose.HeadRotation),
            Position(pose.LeftHandPosition),
            Rotation(pose.LeftHandRotation),
            Position(pose.RightHandPosition),
            Rotation(pose.RightHandRotation));
    }
}
