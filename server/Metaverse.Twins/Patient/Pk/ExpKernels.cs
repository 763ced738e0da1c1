using System.Runtime.CompilerServices;

namespace Metaverse.Twins.Patient.Pk;

/// <summary>
/// Inverse Laplace transforms of 1/∏(s + λᵢ), the building blocks of every closed form here,
/// written as divided differences of e^(−λt) so coinciding rates (ka = k, ka = α, ka = β) take the
/// limit formula instead of 0/0: E1(a, b) = (e^(−at) − e^(−bt))/(b − a) → t·e^(−at) as b → a.
/// All kernels are ≥ 0 for t ≥ 0 and never overflow (the smaller rate is factored out).
/// </summary>
public static class ExpKernels
{
    /// <summary>φ(x) = (eˣ − 1)/x with φ(0) = 1, accurate to ~1e-16 relative for all x ≤ 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Phi1(double x)
    {
        if (Math.Abs(x) < 1e-3)
        {
            return 1 + (x * (0.5 + (x * ((1.0 / 6) + (x * ((1.0 / 24) + (x * ((1.0 / 120) + (x / 720)))))))));
        }

        return (Math.Exp(x) - 1) / x;
    }

    /// <summary>Inverse transform of 1/((s+a)(s+b)) at t (h): (e^(−at) − e^(−bt))/(b − a), or t·e^(−at) when a = b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double E1(double a, double b, double t)
    {
        if (a > b)
        {
            (a, b) = (b, a);
        }

        return t * Math.Exp(-a * t) * Phi1(-(b - a) * t);
    }

    /// <summary>Inverse transform of 1/((s+a)(s+b)(s+c)) at t (h), the second divided difference of e^(−λt).</summary>
    public static double E2(double a, double b, double c, double t)
    {
        Sort(ref a, ref b, ref c);
        var spread = (c - a) * t;
        if (spread < 1e-4)
        {
            // All three rates (nearly) coincide: t²e^(−bt)/2 − t³e^(−bt)(a + c − 2b)/6.
            return t * t * Math.Exp(-b * t) * (0.5 - (t * (a + c - (2 * b)) / 6));
        }

        return (E1(a, b, t) - E1(b, c, t)) / (c - a);
    }

    private static void Sort(ref double a, ref double b, ref double c)
    {
        if (a > b)
        {
            (a, b) = (b, a);
        }

        if (b > c)
        {
            (b, c) = (c, b);
        }

        if (a > b)
        {
            (a, b) = (b, a);
        }
    }
}
