using System.Numerics;

namespace Metaverse.Shared.Replication;

/// <summary>
/// Maps positions in the room bounds (metres) to integer grid indices of at most 1 mm, per axis:
/// index = round((p − min) / step), from 0 to <see cref="MaxIndex"/>. The error inside the bounds is at
/// most half a step (0.5 mm by default) plus float rounding. Positions outside the bounds are
/// clamped to the nearest bound, per axis, and NaN maps to the minimum: the server keeps avatars in
/// the room, and a pose that leaves it still encodes (at the wall) rather than failing.
/// </summary>
public sealed class PositionQuantizer
{
    /// <summary>Grid step of <see cref="Default"/>: 1 mm.</summary>
    public const double DefaultStepMetres = 0.001;

    /// <summary>Largest bit count of an axis, so that indices and their differences fit an int.</summary>
    public const int MaxAxisBits = 30;

    public PositionQuantizer(Vector3 min, Vector3 max, double stepMetres = DefaultStepMetres)
    {
        if (!(stepMetres > 0 && stepMetres <= DefaultStepMetres))
        {
            throw new ArgumentOutOfRangeException(nameof(stepMetres), stepMetres, $"Step must be in (0, {DefaultStepMetres}] metres.");
        }

        Min = min;
        Max = max;
        StepMetres = stepMetres;
        MaxIndex = new QuantizedPosition(
            AxisMaxIndex(min.X, max.X, stepMetres, "X"),
            AxisMaxIndex(min.Y, max.Y, stepMetres, "Y"),
            AxisMaxIndex(min.Z, max.Z, stepMetres, "Z"));
        BitsX = BitCount(MaxIndex.X);
        BitsY = BitCount(MaxIndex.Y);
        BitsZ = BitCount(MaxIndex.Z);
    }

    /// <summary>±256 m horizontally (x, z), −16 to +48 m vertically (y), 1 mm: 19 + 16 + 19 bits.</summary>
    public static PositionQuantizer Default { get; } = new(new Vector3(-256f, -16f, -256f), new Vector3(256f, 48f, 256f));

    public Vector3 Min { get; }

    public Vector3 Max { get; }

    public double StepMetres { get; }

    /// <summary>Largest valid index per axis; ⌈(max − min) / step⌉.</summary>
    public QuantizedPosition MaxIndex { get; }

    public int BitsX { get; }

    public int BitsY { get; }

    public int BitsZ { get; }

    /// <summary>Bits of a raw (absolute) position.</summary>
    public int TotalBits => BitsX + BitsY + BitsZ;

    /// <summary>Nearest grid index, clamped to the bounds per axis (NaN → the minimum).</summary>
    public QuantizedPosition Quantize(Vector3 position) => new(
        QuantizeAxis(position.X, Min.X, MaxIndex.X),
        QuantizeAxis(position.Y, Min.Y, MaxIndex.Y),
        QuantizeAxis(position.Z, Min.Z, MaxIndex.Z));

    public Vector3 Dequantize(QuantizedPosition index) => new(
        (float)(Min.X + (index.X * StepMetres)),
        (float)(Min.Y + (index.Y * StepMetres)),
        (float)(Min.Z + (index.Z * StepMetres)));

    /// <summary>True when every axis is within 0..<see cref="MaxIndex"/>.</summary>
    public bool Contains(QuantizedPosition index) => index.X <= MaxIndex.X && index.Y <= MaxIndex.Y && index.Z <= MaxIndex.Z;

    private uint QuantizeAxis(float value, float min, uint maxIndex)
    {
        var steps = (value - (double)min) / StepMetres;
        if (double.IsNaN(steps) || steps <= 0)
        {
            return 0;
        }

        return steps >= maxIndex ? maxIndex : (uint)Math.Floor(steps + 0.5);
    }

    private static uint AxisMaxIndex(float min, float max, double step, string axis)
    {
        if (!float.IsFinite(min) || !float.IsFinite(max) || !(max > min))
        {
            throw new ArgumentException($"Bounds on {axis} must be finite with min < max (got {min} .. {max}).");
        }

        // The small tolerance keeps 512 m / 1 mm at 512,000 despite binary rounding of the step.
        var steps = Math.Ceiling(((max - (double)min) / step) - 1e-6);
        if (steps >= 1u << MaxAxisBits)
        {
            throw new ArgumentException($"Bounds on {axis} span {steps} steps; at most 2^{MaxAxisBits} - 1 are supported.");
        }

        return (uint)steps;
    }

    private static int BitCount(uint value) => 32 - BitOperations.LeadingZeroCount(value);
}
