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
            AvatarMotion? prediction = (i % 3) switch
            {
                0 => null,
                1 => new AvatarMotion(PoseNoise.Nudge(baseline, random, step: 50), 1 + random.Next(3), 1 + random.Next(3)),
                _ => new AvatarMotion(PoseNoise.Nudge(baseline, random, step: 50), 1 + random.Next(3), 1 + random.Next(3), PoseNoise.Nudge(baseline, random, step: 100), 1 + random.Next(3)),
            };
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

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 3, 1)]
    [InlineData(1, 2, 4)]
    [InlineData(8, 8, 8)]
    public void Curve_prediction_of_constant_acceleration_is_exact(int ticksBetween, int ticksBeforePrevious, int ticksAhead)
    {
        // x(t) = 40 000 + 30 t + 2 t², rotation component c(t) = 500 − 4 t + t², at ticks relative to the latest pose.
        static uint X(int t) => (uint)(40_000 + (30 * t) + (2 * t * t));
        static uint C(int t) => (uint)(500 - (4 * t) + (t * t));
        static QuantizedAvatarPose At(int t) => new(new(X(t), 1_700, X(t) / 2), SmallestThreeQuaternion.Compose(3, C(t), 510, 520), new(X(t) - 300, 1_000, 1_000), 0, new(X(t) + 300, 1_000, 1_000), 0);
        var motion = new AvatarMotion(At(-ticksBetween), ticksBetween, ticksAhead, At(-ticksBetween - ticksBeforePrevious), ticksBeforePrevious);

        var predicted = Codec.PredictCurve(At(0), motion);

        Assert.Equal(At(ticksAhead), predicted);
    }

    [Fact]
    public void Curve_prediction_rounds_exactly_as_integer_division_over_every_span_up_to_the_prediction_limit()
    {
        var random = new Random(6);
        var max = PositionQuantizer.Default.MaxIndex.X;
        for (var between = 1; between <= AvatarSnapshotCodec.MaxPredictionSpanTicks; between++)
        {
            for (var before = 1; before <= AvatarSnapshotCodec.MaxPredictionSpanTicks; before++)
            {
                for (var ahead = 0; ahead <= AvatarSnapshotCodec.MaxPredictionSpanTicks; ahead++)
                {
                    for (var i = 0; i < 50; i++)
                    {
                        // Small steps mostly, and now and then a jump across the whole grid.
                        var scale = i % 10 == 0 ? (int)max : 3_000;
                        var latest = (uint)random.Next(0, (int)max + 1);
                        var previous = (uint)Math.Clamp(latest + random.Next(-scale, scale + 1), 0, max);
                        var older = (uint)Math.Clamp(previous + random.Next(-scale, scale + 1), 0, max);
                        var motion = new AvatarMotion(At(previous), between, ahead, At(older), before);

                        var predicted = Codec.PredictCurve(At(latest), motion).HeadPosition.X;

                        Assert.Equal(LagrangeByDivision(latest, previous, older, between, before, ahead, max), predicted);
                    }
                }
            }
        }

        static QuantizedAvatarPose At(uint x) => new(new(x, 1_700, 1_000), 0, default, 0, default, 0);
    }

    /// <summary>The curve's formula with plain integer division: the reference the fast path must equal.</summary>
    private static uint LagrangeByDivision(uint latest, uint previous, uint older, long between, long before, long ahead, uint max)
    {
        var span = between + before;
        var numerator = (-ahead * (ahead + span) * span * ((long)previous - latest)) + (ahead * (ahead + between) * between * ((long)older - latest));
        var denominator = between * before * span;
        var step = (Math.Abs(numerator) + (denominator / 2)) / denominator;
        return (uint)Math.Clamp(latest + (numerator < 0 ? -step : step), 0, max);
    }

    [Fact]
    public void Curve_prediction_keeps_the_straight_line_for_a_rotation_whose_older_pose_drops_another_component()
    {
        var older = new QuantizedAvatarPose(new(1_000, 1_700, 1_000), SmallestThreeQuaternion.Compose(2, 500, 510, 520), default, 0, default, 0);
        var previous = new QuantizedAvatarPose(new(1_010, 1_700, 1_000), SmallestThreeQuaternion.Compose(3, 500, 510, 520), default, 0, default, 0);
        var latest = new QuantizedAvatarPose(new(1_030, 1_700, 1_000), SmallestThreeQuaternion.Compose(3, 504, 510, 516), default, 0, default, 0);

        var predicted = Codec.PredictCurve(latest, new AvatarMotion(previous, 1, 1, older, 1));

        Assert.Equal(Codec.Predict(latest, previous, 1, 1).HeadRotation, predicted.HeadRotation);
        Assert.Equal(new QuantizedPosition(1_060, 1_700, 1_000), predicted.HeadPosition);
    }

    [Fact]
    public void Curve_prediction_rejects_spans_beyond_its_limit()
    {
        var pose = AvatarSnapshotCodecTests.RandomPose(new Random(4));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Codec.PredictCurve(pose, new AvatarMotion(pose, 1, AvatarDeltaCodec.MaxCurveSpanTicks + 1, pose, 1)));

        Assert.Contains("TicksAhead must be 0–256", error.Message);
    }

    [Fact]
    public void An_avatar_on_a_curve_costs_less_against_the_curve_than_against_the_line()
    {
        static QuantizedAvatarPose At(int t) => new(new((uint)(40_000 + (30 * t) + (9 * t * t)), 1_700, 1_000), 0, new(39_700, 1_000, 1_000), 0, new(40_300, 1_000, 1_000), 0);
        var line = new AvatarMotion(At(-2), 2, 2);
        var curve = line with { Older = At(-4), TicksBeforePrevious = 2 };

        var alongLine = DeltaBits(At(2), At(0), line);
        var alongCurve = DeltaBits(At(2), At(0), curve);

        Assert.True(alongCurve < alongLine, $"curve {alongCurve} bits, line {alongLine} bits");
        Assert.Equal(1 + (6 * 3), alongCurve);
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
        AvatarMotion[] motions =
        [
            new(PoseNoise.Nudge(baseline, random, step: 50), 1, 1),
            new(PoseNoise.Nudge(baseline, random, step: 50), 1, 1, PoseNoise.Nudge(baseline, random, step: 100), 2),
        ];
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
            if (Codec.TryReadDelta(ref delta, baseline, (i % 3) < 2 ? motions[i % 3] : null, out pose))
            {
                Assert.True(Codec.IsValid(pose));
            }
        }
    }

    private static int DeltaBits(in QuantizedAvatarPose pose, in QuantizedAvatarPose baseline, AvatarMotion motion)
    {
        var writer = new BitWriter(new byte[(Codec.MaxDeltaBits + 7) / 8]);
        Codec.WriteDelta(ref writer, pose, baseline, motion);
        return writer.BitsWritten;
    }
}
