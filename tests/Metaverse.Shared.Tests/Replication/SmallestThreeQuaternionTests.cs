using System.Numerics;
using Metaverse.Shared.Replication;
using Xunit.Abstractions;

namespace Metaverse.Shared.Tests.Replication;

public sealed class SmallestThreeQuaternionTests(ITestOutputHelper output)
{
    /// <summary>Measured: 0.146° worst over 100,000 uniformly random rotations (0.22° with plain per-component rounding).</summary>
    [Fact]
    public void Max_angular_error_over_100k_random_rotations_is_under_0_2_degrees()
    {
        var random = new Random(1);
        var worst = 0.0;
        for (var i = 0; i < 100_000; i++)
        {
            var q = RandomRotation(random);

            worst = Math.Max(worst, AngleDegrees(q, SmallestThreeQuaternion.Unpack(SmallestThreeQuaternion.Pack(q))));
        }

        output.WriteLine($"max angular error {worst:F4}°");
        Assert.True(worst < 0.2, $"max angular error {worst:F4}°");
    }

    [Fact]
    public void Q_and_minus_q_pack_the_same()
    {
        var random = new Random(2);
        for (var i = 0; i < 1_000; i++)
        {
            var q = RandomRotation(random);

            Assert.Equal(SmallestThreeQuaternion.Pack(q), SmallestThreeQuaternion.Pack(Quaternion.Negate(q)));
        }
    }

    [Fact]
    public void Identity_stays_identity_within_a_step()
    {
        var back = SmallestThreeQuaternion.Unpack(SmallestThreeQuaternion.Pack(Quaternion.Identity));

        Assert.Equal(3, SmallestThreeQuaternion.LargestIndex(SmallestThreeQuaternion.Pack(Quaternion.Identity)));
        Assert.True(AngleDegrees(Quaternion.Identity, back) < 0.2);
    }

    [Fact]
    public void Unnormalized_input_is_normalized_and_degenerate_input_packs_as_identity()
    {
        var q = Quaternion.CreateFromYawPitchRoll(0.3f, -0.2f, 1.1f);

        Assert.Equal(SmallestThreeQuaternion.Pack(q), SmallestThreeQuaternion.Pack(q * 5f));
        Assert.Equal(SmallestThreeQuaternion.Pack(Quaternion.Identity), SmallestThreeQuaternion.Pack(default));
        Assert.Equal(SmallestThreeQuaternion.Pack(Quaternion.Identity), SmallestThreeQuaternion.Pack(new Quaternion(float.NaN, 0, 0, 1)));
    }

    [Fact]
    public void Every_bit_pattern_unpacks_to_a_finite_unit_quaternion()
    {
        var random = new Random(3);
        for (var i = 0; i < 10_000; i++)
        {
            var packed = i < 4 ? (uint)i << 30 | 0x3FFF_FFFF : (uint)random.NextInt64(1L << 32);

            var q = SmallestThreeQuaternion.Unpack(packed);

            Assert.True(float.IsFinite(q.LengthSquared()));
            Assert.InRange(q.Length(), 0.9999f, 1.0001f);
        }
    }

    [Fact]
    public void Compose_and_component_accessors_are_inverse()
    {
        var packed = SmallestThreeQuaternion.Compose(2, 1, 512, 1023);

        Assert.Equal(2, SmallestThreeQuaternion.LargestIndex(packed));
        Assert.Equal(1u, SmallestThreeQuaternion.Component(packed, 0));
        Assert.Equal(512u, SmallestThreeQuaternion.Component(packed, 1));
        Assert.Equal(1023u, SmallestThreeQuaternion.Component(packed, 2));
    }

    internal static Quaternion RandomRotation(Random random)
    {
        // Shoemake's uniform random rotation.
        double u1 = random.NextDouble(), u2 = random.NextDouble() * 2 * Math.PI, u3 = random.NextDouble() * 2 * Math.PI;
        double a = Math.Sqrt(1 - u1), b = Math.Sqrt(u1);
        return new Quaternion((float)(a * Math.Sin(u2)), (float)(a * Math.Cos(u2)), (float)(b * Math.Sin(u3)), (float)(b * Math.Cos(u3)));
    }

    /// <summary>Rotation angle between two unit quaternions: |q − ±p| = 2 sin(θ/4), well conditioned for small θ.</summary>
    internal static double AngleDegrees(Quaternion q, Quaternion p)
    {
        var sign = ((double)q.X * p.X) + ((double)q.Y * p.Y) + ((double)q.Z * p.Z) + ((double)q.W * p.W) < 0 ? -1.0 : 1.0;
        double dx = q.X - (sign * p.X), dy = q.Y - (sign * p.Y), dz = q.Z - (sign * p.Z), dw = q.W - (sign * p.W);
        var chord = Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz) + (dw * dw));
        return 4 * Math.Asin(Math.Min(1.0, chord / 2)) * 180 / Math.PI;
    }
}
