namespace Metaverse.Shared.Replication;

/// <summary>Where a delta's differences are taken from, and how that choice is written (see <see cref="AvatarDeltaCodec"/>).</summary>
public sealed partial class AvatarDeltaCodec
{
    /// <summary>Longest tick span <see cref="PredictCurve"/> accepts (its integer weights stay far from overflow).</summary>
    public const int MaxCurveSpanTicks = 256;

    private enum ReferenceMode
    {
        Baseline,
        Line,
        Curve,
    }

    /// <summary>
    /// Extrapolates <paramref name="latest"/> along its change since <paramref name="previous"/>:
    /// each position index and each kept rotation component (when both rotations drop the same
    /// component) moves by (latest − previous) × <paramref name="ticksAhead"/> / <paramref name="ticksBetween"/>,
    /// rounded half away from zero and clamped to the grid. Integer arithmetic, so both ends agree.
    /// </summary>
    public QuantizedAvatarPose Predict(in QuantizedAvatarPose latest, in QuantizedAvatarPose previous, int ticksBetween, int ticksAhead)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ticksBetween, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(ticksAhead);
        var line = new Curve(ticksBetween, 0, ticksAhead);
        return Extrapolate(latest, previous, default, line);
    }

    /// <summary>
    /// Extrapolates the parabola through <paramref name="latest"/> and <paramref name="motion"/>'s previous and
    /// older poses (at the ticks the motion gives) to <see cref="AvatarMotion.TicksAhead"/> ticks after
    /// <paramref name="latest"/>: each position index and each kept rotation component (when all three rotations
    /// drop the same component; otherwise the straight line of <see cref="Predict"/>) by Lagrange
    /// extrapolation, rounded half away from zero and clamped to the grid. Integer arithmetic, so both ends agree.
    /// </summary>
    public QuantizedAvatarPose PredictCurve(in QuantizedAvatarPose latest, in AvatarMotion motion)
    {
        RequireSpan(motion.TicksBetween, 1, nameof(motion.TicksBetween));
        RequireSpan(motion.TicksBeforePrevious, 1, nameof(motion.TicksBeforePrevious));
        RequireSpan(motion.TicksAhead, 0, nameof(motion.TicksAhead));
        var curve = new Curve(motion.TicksBetween, motion.TicksBeforePrevious, motion.TicksAhead);
        return Extrapolate(latest, motion.Previous, motion.Older, curve);
    }

    private static void RequireSpan(int ticks, int min, string name)
    {
        if (ticks < min || ticks > MaxCurveSpanTicks)
        {
            throw new ArgumentOutOfRangeException(name, ticks, $"{name} must be {min}–{MaxCurveSpanTicks} ticks.");
        }
    }

    private static void WriteMode(ref BitWriter writer, ReferenceMode mode, bool hasCurve)
    {
        if (hasCurve)
        {
            writer.WriteBit(mode == ReferenceMode.Curve);
            if (mode == ReferenceMode.Curve)
            {
                return;
            }
        }

        writer.WriteBit(mode == ReferenceMode.Line);
    }

    private static bool TryReadMode(ref BitReader reader, bool hasCurve, out ReferenceMode mode)
    {
        mode = ReferenceMode.Baseline;
        if (hasCurve)
        {
            if (!reader.TryReadBit(out var curve))
            {
                return false;
            }

            if (curve)
            {
                mode = ReferenceMode.Curve;
                return true;
            }
        }

        if (!reader.TryReadBit(out var line))
        {
            return false;
        }

        mode = line ? ReferenceMode.Line : ReferenceMode.Baseline;
        return true;
    }

    private QuantizedAvatarPose Extrapolate(in QuantizedAvatarPose latest, in QuantizedAvatarPose previous, in QuantizedAvatarPose older, Curve curve) => new(
        Extrapolate(latest.HeadPosition, previous.HeadPosition, older.HeadPosition, curve),
        Extrapolate(latest.HeadRotation, previous.HeadRotation, older.HeadRotation, curve),
        Extrapolate(latest.LeftHandPosition, previous.LeftHandPosition, older.LeftHandPosition, curve),
        Extrapolate(latest.LeftHandRotation, previous.LeftHandRotation, older.LeftHandRotation, curve),
        Extrapolate(latest.RightHandPosition, previous.RightHandPosition, older.RightHandPosition, curve),
        Extrapolate(latest.RightHandRotation, previous.RightHandRotation, older.RightHandRotation, curve));

    private QuantizedPosition Extrapolate(QuantizedPosition latest, QuantizedPosition previous, QuantizedPosition older, Curve curve)
    {
        var max = Quantizer.MaxIndex;
        return new QuantizedPosition(
            curve.At(latest.X, previous.X, older.X, max.X),
            curve.At(latest.Y, previous.Y, older.Y, max.Y),
            curve.At(latest.Z, previous.Z, older.Z, max.Z));
    }

    private static uint Extrapolate(uint latest, uint previous, uint older, Curve curve)
    {
        var index = SmallestThreeQuaternion.LargestIndex(latest);
        if (index != SmallestThreeQuaternion.LargestIndex(previous))
        {
            return latest;
        }

        if (curve.IsCurved && index != SmallestThreeQuaternion.LargestIndex(older))
        {
            curve = curve.Straight;
        }

        const uint Max = SmallestThreeQuaternion.ComponentMax;
        return SmallestThreeQuaternion.Compose(
            index,
            curve.At(SmallestThreeQuaternion.Component(latest, 0), SmallestThreeQuaternion.Component(previous, 0), SmallestThreeQuaternion.Component(older, 0), Max),
            curve.At(SmallestThreeQuaternion.Component(latest, 1), SmallestThreeQuaternion.Component(previous, 1), SmallestThreeQuaternion.Component(older, 1), Max),
            curve.At(SmallestThreeQuaternion.Component(latest, 2), SmallestThreeQuaternion.Component(previous, 2), SmallestThreeQuaternion.Component(older, 2), Max));
    }

    /// <summary>
    /// Lagrange extrapolation in integers, from samples at ticks 0 (latest), −<c>between</c> (previous) and
    /// −(<c>between</c> + <c>before</c>) (older; a straight line through the first two when <c>before</c> is 0) to
    /// tick <c>ahead</c>. With every weight over the common denominator, the value is
    /// latest + (wPrevious·(previous − latest) + wOlder·(older − latest)) / denominator.
    /// <para>
    /// The rounded quotient is taken by multiplying with ⌈2^64 / denominator⌉ and keeping the high word, which
    /// equals the integer division while the dividend is below 2^34 and the denominator below 2^30 (the error
    /// term stays under 2^-30, below 1 / denominator); larger dividends divide.
    /// </para>
    /// </summary>
    private readonly struct Curve
    {
        private const ulong FastDividendLimit = 1ul << 34;
        private readonly int _between;
        private readonly int _ahead;
        private readonly long _previousWeight;
        private readonly long _olderWeight;
        private readonly long _denominator;
        private readonly ulong _reciprocal;

        public Curve(int between, int before, int ahead)
        {
            (_between, _ahead) = (between, ahead);
            if (before == 0)
            {
                (_previousWeight, _olderWeight, _denominator) = (-ahead, 0, between);
            }
            else
            {
                var span = (long)between + before;
                _previousWeight = -(long)ahead * (ahead + span) * span;
                _olderWeight = (long)ahead * (ahead + between) * between;
                _denominator = (long)between * before * span;
            }

            _reciprocal = _denominator == 1 ? 0 : (ulong.MaxValue / (ulong)_denominator) + 1;
        }

        public bool IsCurved => _olderWeight != 0;

        public Curve Straight => new(_between, 0, _ahead);

        public uint At(uint latest, uint previous, uint older, uint max)
        {
            var numerator = (_previousWeight * ((long)previous - latest)) + (_olderWeight * ((long)older - latest));
            var step = Divide((ulong)(Math.Abs(numerator) + (_denominator / 2)));
            var value = latest + (numerator < 0 ? -step : step);
            return value < 0 ? 0 : value > max ? max : (uint)value;
        }

        private long Divide(ulong dividend) =>
            _reciprocal == 0 ? (long)dividend
            : dividend < FastDividendLimit ? (long)Math.BigMul(dividend, _reciprocal, out _)
            : (long)(dividend / (ulong)_denominator);
    }
}
