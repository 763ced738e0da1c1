namespace Metaverse.Shared.Replication;

/// <summary>
/// Bit-packs one <see cref="QuantizedAvatarPose"/>, in full or against a reference the receiver
/// already holds, and reproduces the quantized values exactly.
/// <para>
/// A pose has six parts: head position, head rotation, left hand position and rotation, right hand
/// position and rotation. Each part is a 3-bit code then its payload:
/// code 0 = equal to its reference (no payload); codes 1–6 = the three per-component differences
/// from the reference, zigzag-mapped and written as Exp-Golomb codes of order 0, 1, 2, 3, 5 or 8
/// (the encoder picks the order that makes the part shortest, so the code acts as a shared
/// bit-length prefix); code 7 = the raw value (a position's grid indices in
/// <see cref="PositionQuantizer.TotalBits"/>, a rotation's 32 packed bits).
/// </para>
/// <para>
/// Hand positions are coded relative to the head: in a delta, the reference of a hand is moved by the
/// head's own change, so a hand carried along by a walking body costs only its swing; in a full pose,
/// the reference of a hand is the head position itself. Rotation differences are taken between the
/// three kept smallest-three components and only when the largest-component index is unchanged;
/// otherwise the rotation goes raw.
/// </para>
/// <para>
/// A delta may carry an <see cref="AvatarMotion"/>: <see cref="Predict"/> extrapolates the baseline along
/// its motion since the previous pose, and, when the pose before that is known too, <see cref="PredictCurve"/>
/// extrapolates the curve through all three. The encoder writes which reference it took and picks the
/// one that makes the delta shortest: with a curve, 1 = the curve, 01 = the straight line, 00 = the
/// baseline; without one, 1 = the straight line, 0 = the baseline. At 30 Hz the curve usually leaves
/// differences of a millimetre or two, or a few 10-bit units, even when the receiver's baseline is two
/// ticks old.
/// </para>
/// </summary>
public sealed partial class AvatarDeltaCodec
{
    private const int CodeBits = 3;
    private const uint CodeSame = 0;
    private const uint CodeRaw = 7;
    private const int RotationBits = 32;

    /// <summary>Parts of a pose delta: head, left hand and right hand, each a position and a rotation.</summary>
    private const int Parts = 6;

    // Exp-Golomb order of codes 1–6.
    private static readonly int[] Orders = [0, 1, 2, 3, 5, 8];

    public AvatarDeltaCodec(PositionQuantizer quantizer)
    {
        ArgumentNullException.ThrowIfNull(quantizer);
        Quantizer = quantizer;
        MaxFullBits = quantizer.TotalBits + RotationBits + (2 * (CodeBits + quantizer.TotalBits + RotationBits));
        MaxDeltaBits = 2 + (3 * (CodeBits + quantizer.TotalBits)) + (3 * (CodeBits + RotationBits));
    }

    public static AvatarDeltaCodec Default { get; } = new(PositionQuantizer.Default);

    public PositionQuantizer Quantizer { get; }

    /// <summary>Upper bound of <see cref="WriteFull"/> in bits.</summary>
    public int MaxFullBits { get; }

    /// <summary>Upper bound of <see cref="WriteDelta"/> in bits.</summary>
    public int MaxDeltaBits { get; }

    /// <summary>True when every position of <paramref name="pose"/> is on this codec's grid (rotations always are).</summary>
    public bool IsValid(in QuantizedAvatarPose pose) =>
        Quantizer.Contains(pose.HeadPosition) && Quantizer.Contains(pose.LeftHandPosition) && Quantizer.Contains(pose.RightHandPosition);

    /// <summary>The pose on its own: raw head, hands relative to the head; about 28 bytes with the default bounds and hands within a metre of the head.</summary>
    public void WriteFull(ref BitWriter writer, in QuantizedAvatarPose pose)
    {
        EnsureValid(pose);
        WriteRawPosition(ref writer, pose.HeadPosition);
        writer.WriteBits(pose.HeadRotation, RotationBits);
        var head = Widen(pose.HeadPosition);
        WritePosition(ref writer, pose.LeftHandPosition, head);
        writer.WriteBits(pose.LeftHandRotation, RotationBits);
        WritePosition(ref writer, pose.RightHandPosition, head);
        writer.WriteBits(pose.RightHandRotation, RotationBits);
    }

    public bool TryReadFull(ref BitReader reader, out QuantizedAvatarPose pose)
    {
        pose = default;
        if (!TryReadRawPosition(ref reader, out var head) || !reader.TryReadBits(RotationBits, out var headRotation))
        {
            return false;
        }

        var headReference = Widen(head);
        if (!TryReadPosition(ref reader, headReference, out var left) || !reader.TryReadBits(RotationBits, out var leftRotation)
            || !TryReadPosition(ref reader, headReference, out var right) || !reader.TryReadBits(RotationBits, out var rightRotation))
        {
            return false;
        }

        pose = new QuantizedAvatarPose(head, headRotation, left, leftRotation, right, rightRotation);
        return true;
    }

    /// <summary>
    /// <paramref name="pose"/> against <paramref name="baseline"/> or, when a <paramref name="motion"/> is given
    /// (the reader must pass the same, or null), against whichever of the baseline and its predictions makes
    /// the delta shortest.
    /// </summary>
    public void WriteDelta(ref BitWriter writer, in QuantizedAvatarPose pose, in QuantizedAvatarPose baseline, AvatarMotion? motion = null)
    {
        EnsureValid(pose);
        Span<uint> codes = stackalloc uint[Parts];
        if (motion is not { } m)
        {
            DeltaBits(pose, baseline, codes);
            WriteParts(ref writer, pose, baseline, codes);
            return;
        }

        var reference = baseline;
        var reach = DeltaBits(pose, baseline, codes);
        var line = Predict(baseline, m.Previous, m.TicksBetween, m.TicksAhead);
        Span<uint> candidate = stackalloc uint[Parts];
        var lineBits = DeltaBits(pose, line, candidate);
        var mode = ReferenceMode.Baseline;
        if (lineBits < reach)
        {
            (reference, reach, mode) = (line, lineBits, ReferenceMode.Line);
            candidate.CopyTo(codes);
        }

        if (m.HasCurve)
        {
            // The curve's mode code (1) is a bit shorter than the line's or the baseline's (01, 00).
            var curve = PredictCurve(baseline, m);
            if (DeltaBits(pose, curve, candidate) < reach + 1)
            {
                (reference, mode) = (curve, ReferenceMode.Curve);
                candidate.CopyTo(codes);
            }
        }

        WriteMode(ref writer, mode, m.HasCurve);
        WriteParts(ref writer, pose, reference, codes);
    }

    public bool TryReadDelta(ref BitReader reader, in QuantizedAvatarPose baseline, AvatarMotion? motion, out QuantizedAvatarPose pose)
    {
        var reference = baseline;
        if (motion is { } m)
        {
            if (!TryReadMode(ref reader, m.HasCurve, out var mode))
            {
                pose = default;
                return false;
            }

            reference = mode switch
            {
                ReferenceMode.Curve => PredictCurve(baseline, m),
                ReferenceMode.Line => Predict(baseline, m.Previous, m.TicksBetween, m.TicksAhead),
                _ => baseline,
            };
        }

        return TryReadParts(ref reader, reference, out pose);
    }

    /// <summary>Bits <see cref="WriteDelta"/> would spend on the parts against <paramref name="reference"/> (without the mode bit).</summary>
    internal int DeltaBits(in QuantizedAvatarPose pose, in QuantizedAvatarPose reference) => DeltaBits(pose, reference, stackalloc uint[Parts]);

    /// <summary>As <see cref="DeltaBits(in QuantizedAvatarPose, in QuantizedAvatarPose)"/>, keeping each part's chosen code for <see cref="WriteParts"/>.</summary>
    private int DeltaBits(in QuantizedAvatarPose pose, in QuantizedAvatarPose reference, Span<uint> codes)
    {
        var headShift = Difference(pose.HeadPosition, reference.HeadPosition);
        return PositionBits(pose.HeadPosition, Widen(reference.HeadPosition), out codes[0])
            + RotationCost(pose.HeadRotation, reference.HeadRotation, out codes[1])
            + PositionBits(pose.LeftHandPosition, Add(reference.LeftHandPosition, headShift), out codes[2])
            + RotationCost(pose.LeftHandRotation, reference.LeftHandRotation, out codes[3])
            + PositionBits(pose.RightHandPosition, Add(reference.RightHandPosition, headShift), out codes[4])
            + RotationCost(pose.RightHandRotation, reference.RightHandRotation, out codes[5]);
    }

    /// <summary>Writes the six parts with the codes <see cref="DeltaBits(in QuantizedAvatarPose, in QuantizedAvatarPose, Span{uint})"/> chose against the same reference.</summary>
    private void WriteParts(ref BitWriter writer, in QuantizedAvatarPose pose, in QuantizedAvatarPose reference, scoped ReadOnlySpan<uint> codes)
    {
        var headShift = Difference(pose.HeadPosition, reference.HeadPosition);
        WritePosition(ref writer, pose.HeadPosition, Widen(reference.HeadPosition), codes[0]);
        WriteRotation(ref writer, pose.HeadRotation, reference.HeadRotation, codes[1]);
        WritePosition(ref writer, pose.LeftHandPosition, Add(reference.LeftHandPosition, headShift), codes[2]);
        WriteRotation(ref writer, pose.LeftHandRotation, reference.LeftHandRotation, codes[3]);
        WritePosition(ref writer, pose.RightHandPosition, Add(reference.RightHandPosition, headShift), codes[4]);
        WriteRotation(ref writer, pose.RightHandRotation, reference.RightHandRotation, codes[5]);
    }

    private bool TryReadParts(ref BitReader reader, in QuantizedAvatarPose reference, out QuantizedAvatarPose pose)
    {
        pose = default;
        if (!TryReadPosition(ref reader, Widen(reference.HeadPosition), out var head)
            || !TryReadRotation(ref reader, reference.HeadRotation, out var headRotation))
        {
            return false;
        }

        var headShift = Difference(head, reference.HeadPosition);
        if (!TryReadPosition(ref reader, Add(reference.LeftHandPosition, headShift), out var left)
            || !TryReadRotation(ref reader, reference.LeftHandRotation, out var leftRotation)
            || !TryReadPosition(ref reader, Add(reference.RightHandPosition, headShift), out var right)
            || !TryReadRotation(ref reader, reference.RightHandRotation, out var rightRotation))
        {
            return false;
        }

        pose = new QuantizedAvatarPose(head, headRotation, left, leftRotation, right, rightRotation);
        return true;
    }

    private void WritePosition(ref BitWriter writer, QuantizedPosition value, Vector3L reference)
    {
        PositionBits(value, reference, out var code);
        WritePosition(ref writer, value, reference, code);
    }

    private void WritePosition(ref BitWriter writer, QuantizedPosition value, Vector3L reference, uint code)
    {
        writer.WriteBits(code, CodeBits);
        if (code == CodeRaw)
        {
            WriteRawPosition(ref writer, value);
        }
        else if (code != CodeSame)
        {
            var k = Orders[code - 1];
            writer.WriteExpGolomb(ZigZag(value.X - reference.X), k);
            writer.WriteExpGolomb(ZigZag(value.Y - reference.Y), k);
            writer.WriteExpGolomb(ZigZag(value.Z - reference.Z), k);
        }
    }

    private bool TryReadPosition(ref BitReader reader, Vector3L reference, out QuantizedPosition value)
    {
        value = default;
        if (!reader.TryReadBits(CodeBits, out var code))
        {
            return false;
        }

        if (code == CodeRaw)
        {
            return TryReadRawPosition(ref reader, out value);
        }

        long x = reference.X, y = reference.Y, z = reference.Z;
        if (code != CodeSame)
        {
            var k = Orders[code - 1];
            if (!reader.TryReadExpGolomb(k, out var dx) || !reader.TryReadExpGolomb(k, out var dy) || !reader.TryReadExpGolomb(k, out var dz))
            {
                return false;
            }

            x += BitReader.UnZigZag(dx);
            y += BitReader.UnZigZag(dy);
            z += BitReader.UnZigZag(dz);
        }

        var max = Quantizer.MaxIndex;
        if (x < 0 || x > max.X || y < 0 || y > max.Y || z < 0 || z > max.Z)
        {
            return false;
        }

        value = new QuantizedPosition((uint)x, (uint)y, (uint)z);
        return true;
    }

    private int PositionBits(QuantizedPosition value, Vector3L reference, out uint code)
    {
        long dx = value.X - reference.X, dy = value.Y - reference.Y, dz = value.Z - reference.Z;
        if (dx == 0 && dy == 0 && dz == 0)
        {
            code = CodeSame;
            return CodeBits;
        }

        code = CodeRaw;
        var best = Quantizer.TotalBits;
        if (FitsInt(dx) && FitsInt(dy) && FitsInt(dz))
        {
            BestOrder(ZigZag(dx), ZigZag(dy), ZigZag(dz), ref code, ref best);
        }

        return CodeBits + best;
    }

    private static void WriteRotation(ref BitWriter writer, uint value, uint reference, uint code)
    {
        writer.WriteBits(code, CodeBits);
        if (code == CodeRaw)
        {
            writer.WriteBits(value, RotationBits);
        }
        else if (code != CodeSame)
        {
            var k = Orders[code - 1];
            for (var slot = 0; slot < 3; slot++)
            {
                writer.WriteExpGolomb(ZigZag((long)SmallestThreeQuaternion.Component(value, slot) - SmallestThreeQuaternion.Component(reference, slot)), k);
            }
        }
    }

    private static bool TryReadRotation(ref BitReader reader, uint reference, out uint value)
    {
        value = 0;
        if (!reader.TryReadBits(CodeBits, out var code))
        {
            return false;
        }

        if (code == CodeSame)
        {
            value = reference;
            return true;
        }

        if (code == CodeRaw)
        {
            return reader.TryReadBits(RotationBits, out value);
        }

        var k = Orders[code - 1];
        Span<uint> components = stackalloc uint[3];
        for (var slot = 0; slot < 3; slot++)
        {
            if (!reader.TryReadExpGolomb(k, out var zigzag))
            {
                return false;
            }

            var component = (long)SmallestThreeQuaternion.Component(reference, slot) + BitReader.UnZigZag(zigzag);
            if (component < 0 || component > SmallestThreeQuaternion.ComponentMax)
            {
                return false;
            }

            components[slot] = (uint)component;
        }

        value = SmallestThreeQuaternion.Compose(SmallestThreeQuaternion.LargestIndex(reference), components[0], components[1], components[2]);
        return true;
    }

    private static int RotationCost(uint value, uint reference, out uint code)
    {
        if (value == reference)
        {
            code = CodeSame;
            return CodeBits;
        }

        code = CodeRaw;
        var best = RotationBits;
        if (SmallestThreeQuaternion.LargestIndex(value) == SmallestThreeQuaternion.LargestIndex(reference))
        {
            BestOrder(
                ZigZag((long)SmallestThreeQuaternion.Component(value, 0) - SmallestThreeQuaternion.Component(reference, 0)),
                ZigZag((long)SmallestThreeQuaternion.Component(value, 1) - SmallestThreeQuaternion.Component(reference, 1)),
                ZigZag((long)SmallestThreeQuaternion.Component(value, 2) - SmallestThreeQuaternion.Component(reference, 2)),
                ref code,
                ref best);
        }

        return CodeBits + best;
    }

    /// <summary>
    /// The Exp-Golomb order (as its code) that writes the three values in the fewest bits, if fewer than
    /// <paramref name="best"/>. Once 2^k exceeds every value, each higher order costs one bit more per value, so
    /// the search stops there.
    /// </summary>
    private static void BestOrder(uint a, uint b, uint c, ref uint code, ref int best)
    {
        var largest = Math.Max(a, Math.Max(b, c));
        for (var i = 0; i < Orders.Length; i++)
        {
            var k = Orders[i];
            var bits = BitWriter.ExpGolombLength(a, k) + BitWriter.ExpGolombLength(b, k) + BitWriter.ExpGolombLength(c, k);
            if (bits < best)
            {
                best = bits;
                code = (uint)(i + 1);
            }

            if (largest < 1u << k)
            {
                return;
            }
        }
    }

    private void WriteRawPosition(ref BitWriter writer, QuantizedPosition value)
    {
        writer.WriteBits(value.X, Quantizer.BitsX);
        writer.WriteBits(value.Y, Quantizer.BitsY);
        writer.WriteBits(value.Z, Quantizer.BitsZ);
    }

    private bool TryReadRawPosition(ref BitReader reader, out QuantizedPosition value)
    {
        value = default;
        if (!reader.TryReadBits(Quantizer.BitsX, out var x) || !reader.TryReadBits(Quantizer.BitsY, out var y) || !reader.TryReadBits(Quantizer.BitsZ, out var z))
        {
            return false;
        }

        value = new QuantizedPosition(x, y, z);
        return Quantizer.Contains(value);
    }

    private void EnsureValid(in QuantizedAvatarPose pose)
    {
        if (!IsValid(pose))
        {
            throw new ArgumentOutOfRangeException(nameof(pose), pose, $"A position is outside the quantizer grid (max index {Quantizer.MaxIndex}).");
        }
    }

    private static bool FitsInt(long value) => value is >= int.MinValue and <= int.MaxValue;

    private static uint ZigZag(long value) => BitWriter.ZigZag((int)value);

    private static Vector3L Widen(QuantizedPosition p) => new(p.X, p.Y, p.Z);

    private static Vector3L Difference(QuantizedPosition a, QuantizedPosition b) => new((long)a.X - b.X, (long)a.Y - b.Y, (long)a.Z - b.Z);

    private static Vector3L Add(QuantizedPosition p, Vector3L shift) => new(p.X + shift.X, p.Y + shift.Y, p.Z + shift.Z);

    private readonly record struct Vector3L(long X, long Y, long Z);
}
