using System.Numerics;
using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class PackedAvatarPoseTests
{
    private static readonly AvatarDeltaCodec Codec = AvatarDeltaCodec.Default;

    [Fact]
    public void A_pose_packs_into_under_30_bytes_and_unpacks_to_its_quantized_form()
    {
        var pose = Pose(new Vector3(12.345f, 1.7f, -40.2f));

        var packed = PackedAvatarPose.TryPack(pose, Codec);

        Assert.NotNull(packed);
        Assert.InRange(packed.Length, 20, 30);
        Assert.True(PackedAvatarPose.TryUnpack(packed, Codec, out var unpacked));
        Assert.Equal(pose.Quantize(Codec.Quantizer), unpacked);
    }

    [Fact]
    public void Poses_off_the_grid_are_not_packed()
    {
        Assert.Null(PackedAvatarPose.TryPack(Pose(new Vector3(10_000, 1, 1)), Codec));
        Assert.Null(PackedAvatarPose.TryPack(Pose(new Vector3(float.NaN, 1, 1)), Codec));
        Assert.Null(PackedAvatarPose.TryPack(Pose(Vector3.One) with { LeftHandRotation = default }, Codec));
    }

    [Fact]
    public void Truncated_or_padded_payloads_are_refused()
    {
        var packed = PackedAvatarPose.TryPack(Pose(Vector3.One), Codec)!;

        Assert.False(PackedAvatarPose.TryUnpack(packed.AsSpan(0, packed.Length - 2), Codec, out _));
        Assert.False(PackedAvatarPose.TryUnpack([.. packed, 0xFF], Codec, out _));
        Assert.False(PackedAvatarPose.TryUnpack([], Codec, out _));
    }

    private static AvatarPose Pose(Vector3 head) => new(
        head, Quaternion.CreateFromYawPitchRoll(0.3f, 0.1f, 0), head + new Vector3(-0.3f, -0.6f, 0.1f), Quaternion.Identity, head + new Vector3(0.3f, -0.6f, 0.2f), Quaternion.CreateFromAxisAngle(Vector3.UnitX, 0.4f));
}
