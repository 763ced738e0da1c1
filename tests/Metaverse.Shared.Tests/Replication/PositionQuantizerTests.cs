using System.Numerics;
using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class PositionQuantizerTests
{
    private static readonly PositionQuantizer Quantizer = PositionQuantizer.Default;

    [Fact]
    public void Default_bounds_need_19_16_19_bits_at_1_mm()
    {
        Assert.Equal(new QuantizedPosition(512_000, 64_000, 512_000), Quantizer.MaxIndex);
        Assert.Equal((19, 16, 19), (Quantizer.BitsX, Quantizer.BitsY, Quantizer.BitsZ));
        Assert.Equal(54, Quantizer.TotalBits);
    }

    [Fact]
    public void Error_inside_the_bounds_is_at_most_half_a_millimetre_per_axis()
    {
        var random = new Random(1);
        var worst = 0.0;
        for (var i = 0; i < 100_000; i++)
        {
            var position = new Vector3(
                (float)(random.NextDouble() * 512 - 256),
                (float)(random.NextDouble() * 64 - 16),
                (float)(random.NextDouble() * 512 - 256));

            var back = Quantizer.Dequantize(Quantizer.Quantize(position));

            worst = Math.Max(worst, Math.Abs(back.X - (double)position.X));
            worst = Math.Max(worst, Math.Abs(back.Y - (double)position.Y));
            worst = Math.Max(worst, Math.Abs(back.Z - (double)position.Z));
        }

        // Half a step, plus the float rounding of a coordinate near ±256 m (2^-15 m ≈ 0.03 mm).
        Assert.True(worst <= 0.0005 + (1.0 / (1 << 15)), $"worst error {worst * 1000:F4} mm");
    }

    [Fact]
    public void Bounds_themselves_are_exact_grid_points()
    {
        Assert.Equal(default, Quantizer.Quantize(Quantizer.Min));
        Assert.Equal(Quantizer.MaxIndex, Quantizer.Quantize(Quantizer.Max));
        Assert.Equal(Quantizer.Min, Quantizer.Dequantize(default));
        Assert.Equal(Quantizer.Max, Quantizer.Dequantize(Quantizer.MaxIndex));
    }

    [Theory]
    [InlineData(-300f, -20f, -1000f)]
    [InlineData(300f, 60f, 1e30f)]
    [InlineData(float.NegativeInfinity, float.PositiveInfinity, 0f)]
    public void Positions_outside_the_bounds_clamp_to_the_nearest_bound_per_axis(float x, float y, float z)
    {
        var back = Quantizer.Dequantize(Quantizer.Quantize(new Vector3(x, y, z)));

        Assert.Equal(Math.Clamp(x, -256f, 256f), back.X);
        Assert.Equal(Math.Clamp(y, -16f, 48f), back.Y);
        Assert.Equal(Math.Clamp(z, -256f, 256f), back.Z);
    }

    [Fact]
    public void NaN_maps_to_the_minimum()
    {
        Assert.Equal(default, Quantizer.Quantize(new Vector3(float.NaN)));
    }

    [Fact]
    public void Bit_counts_follow_the_bounds()
    {
        var small = new PositionQuantizer(new Vector3(0, 0, 0), new Vector3(10, 3, 1.0235f));

        Assert.Equal(new QuantizedPosition(10_000, 3_000, 1_024), small.MaxIndex);
        Assert.Equal((14, 12, 11), (small.BitsX, small.BitsY, small.BitsZ));
        Assert.True(small.Contains(small.MaxIndex));
        Assert.False(small.Contains(small.MaxIndex with { Z = 1_025 }));
    }

    [Fact]
    public void Invalid_bounds_or_steps_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new PositionQuantizer(Vector3.One, Vector3.Zero));
        Assert.Throws<ArgumentException>(() => new PositionQuantizer(Vector3.Zero, new Vector3(float.NaN, 1, 1)));
        Assert.Throws<ArgumentException>(() => new PositionQuantizer(Vector3.Zero, new Vector3(1e7f, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PositionQuantizer(Vector3.Zero, Vector3.One, 0.002));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PositionQuantizer(Vector3.Zero, Vector3.One, 0));
    }
}
