using System.Numerics;
using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class AvatarDeltaCodecTests
{
    private static readonly AvatarDeltaCodec Codec = AvatarDeltaCodec.Default;

    [Fact]
    public void Full_pose_round_trips_exactly()
    {
        var random = new Random(1);
        for (var i = 0; i < 5_000; i++)
        {
            var pose = AvatarSnapshotCodecTests.RandomPose(random);
            var buffer = new byte[(Codec.MaxFullBits + 7) / 8];
            var writer = new BitWriter(buffer);

            Codec.WriteFull(ref writer, pose);

            var reader = new BitReader(buffer.AsSpan(0, writer.BytesWritten));
            Assert.True(Codec.TryReadFull(ref reader, out var read));
            Assert.Equal(pose, read);
            Assert.True(reader.IsAtPaddedEnd());
        }
    }

    [Fact]
    public void Full_pose_of_a_standing_user_is_at_most_29_bytes()
    {
        var pose = new AvatarPose(
            new Vector3(3.2f, 1.7f, -4.1f),
            Quaternion.CreateFromYawPitchRoll(0.5f, 0.1f, 0),
            new Vector3(2.9f, 1.1f, -3.8f),
            Quaternion.CreateFromYawPitchRoll(0.2f, 0.4f, 0.1f),
            new Vector3(3.6f, 1.2f, -3.7f),
            Quaternion.CreateFromYawPitchRoll(0.9f, -0.3f, 0.2f)).Quantize(PositionQuantizer.Default);

        var buffer = new byte[64];
        var writer = new BitWriter(buffer);
        Codec.WriteFull(ref writer, pose);

        Assert.InRange(writer.BytesWritten, 1, 29);
    }

    [Fact]
    public void Delta_round_trips_exactly_with_and_without_prediction()
    {
        var random = new Random(2);
        for (var i = 0; i < 5_000; i++)
        {
            var baseline = AvatarSnapshotCodecTests.RandomPose(random);
            var pose = i % 2 == 0 ? AvatarSnapshotCodecTests.RandomPose(random) : PoseNoise.Nudge(baseline, random, step: 50);
            QuantizedAvatarPose? prediction = i % 3 == 0 ? null : Codec.Predict(baseline, PoseNoise.Nudge(baseline, random, step: 50), 1 + random.Next(3), 1 + random.Next(3));
            var buffer = new byte[(Codec.MaxDeltaBits + 7) / 8];
            var writer = new BitWriter(buffer);

            Codec.WriteDelta(ref writer, pose, baseline, prediction);

            var reader = new BitReader(buffer.AsSpan(0, writer.BytesWritten));
            Assert.True(Codec.TryReadDelta(ref reader, baseline, prediction, out var read));
            Assert.Equal(pose, read);
            Assert.True(reader.IsAtPaddedEnd());
        }
    }

    [Fact]
    public void Unchanged_parts_cost_three_bits_each()
    {
        var pose = AvatarSnapshotCodecTests.RandomPose(new Random(3));
        var buffer = new byte[16];
        var writer = new BitWriter(buffer);

        Codec.WriteDelta(ref writer, pose, pose);

        Assert.Equal(18, writer.BitsWritten);
    }

    [Fact]
    public void Hands_carried_by_the_head_cost_nothing_more()
    {
        var baseline = new QuantizedAvatarPose(new(256_000, 17_700, 256_000), 0, new(255_700, 17_000, 256_100), 0, new(256_300, 17_000, 256_100), 0);
        static QuantizedPosition Walk(QuantizedPosition p) => p with { X = p.X + 40, Z = p.Z + 25 };
        var moved = baseline with
        {
            HeadPosition = Walk(baseline.HeadPosition),
            LeftHandPosition = Walk(baseline.LeftHandPosition),
            RightHandPosition = Walk(baseline.RightHandPosition),
        };
        var buffer = new byte[32];
        var writer = new BitWriter(buffer);

        Codec.WriteDelta(ref writer, moved, baseline);

        // The head part (a 3-bit code and two small differences) plus five 3-bit "same" codes.
        Assert.InRange(writer.BitsWritten, 5 * 3, 5 * 3 + 3 + 30);
    }

    [Fact]
    public void Prediction_of_constant_motion_is_exact()
    {
        var previous = new QuantizedAvatarPose(new(1_000, 1_700, 1_000), SmallestThreeQuaternion.Compose(3, 500, 510, 520), new(900, 1_000, 1_000), 0, new(1_100, 1_000, 1_000), 0);
        var latest = new QuantizedAvatarPose(new(1_094, 1_700, 1_000), SmallestThreeQuaternion.Compose(3, 504, 510, 516), new(994, 1_000, 1_000), 0, new(1_194, 1_000, 1_000), 0);

        var predicted = Codec.Predict(latest, previous, ticksBetween: 2, ticksAhead: 1);

        Assert.Equal(new QuantizedPosition(1_141, 1_700, 1_000), predicted.HeadPosition);
        Assert.Equal(SmallestThreeQuaternion.Compose(3, 506, 510, 514), predicted.HeadRotation);
    }

    [Fact]
    public void Prediction_clamps_to_the_grid_and_keeps_rotation_when_the_largest_index_changes()
    {
        var max = PositionQuantizer.Default.MaxIndex;
        var previous = new QuantizedAvatarPose(new(10, 10, max.Z - 10), SmallestThreeQuaternion.Compose(1, 0, 0, 0), default, 0, default, 0);
        var latest = new QuantizedAvatarPose(new(0, 10, max.Z), SmallestThreeQuaternion.Compose(2, 0, 0, 0), default, 0, default, 0);

        var predicted = Codec.Predict(latest, previous, 1, 5);

        Assert.Equal(new QuantizedPosition(0, 10, max.Z), predicted.HeadPosition);
        Assert.Equal(latest.HeadRotation, predicted.HeadRotation);
    }

    [Fact]
    public void Positions_off_the_grid_are_rejected_by_the_encoder()
    {
        var pose = default(QuantizedAvatarPose) with { LeftHandPosition = new QuantizedPosition(600_000, 0, 0) };

        Assert.False(Codec.IsValid(pose));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
        {
            var writer = new BitWriter(new byte[64]);
            Codec.WriteFull(ref writer, pose);
        });
    }

    [Fact]
    public void Random_bytes_never_throw_and_decode_only_poses_on_the_grid()
    {
        var random = new Random(5);
        var baseline = AvatarSnapshotCodecTests.RandomPose(random);
        var prediction = Codec.Predict(baseline, PoseNoise.Nudge(baseline, random, step: 50), 1, 1);
        for (var i = 0; i < 10_000; i++)
        {
            var bytes = new byte[random.Next(0, 40)];
            random.NextBytes(bytes);

            var full = new BitReader(bytes);
            if (Codec.TryReadFull(ref full, out var pose))
            {
                Assert.True(Codec.IsValid(pose));
            }

            var delta = new BitReader(bytes);
            if (Codec.TryReadDelta(ref delta, baseline, i % 2 == 0 ? prediction : null, out pose))
            {
                Assert.True(Codec.IsValid(pose));
            }
        }
    }

}
