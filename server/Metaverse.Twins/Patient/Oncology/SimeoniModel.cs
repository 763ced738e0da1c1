namespace Metaverse.Twins.Patient.Oncology;

/// <summary>
/// The Simeoni equations (time d, weights g, concentration ng/mL). Proliferating cells x1 and damaged
/// cells x2..x4 in transit; tumour weight w = x1 + x2 + x3 + x4:
/// x1' = λ0·x1 / (1 + (λ0·w/λ1)^ψ)^(1/ψ) − k2·c·x1; x2' = k2·c·x1 − k1·x2; x3' = k1·(x2 − x3); x4' = k1·(x3 − x4).
/// The growth term is exponential λ0·x1 for w ≪ λ1/λ0 and linear λ1·x1/w → λ1 (untreated) for w ≫ λ1/λ0.
/// </summary>
public static class SimeoniModel
{
    public const int Size = 4;

    /// <summary>Tumour weight w = x1 + x2 + x3 + x4 (g).</summary>
    public static double Weight(ReadOnlySpan<double> x) => x[0] + x[1] + x[2] + x[3];

    /// <summary>Writes the derivatives (g/d) times <paramref name="scale"/> (1 for days; 1/24 for hours) into <paramref name="dxdt"/>.</summary>
    public static void Derivatives(SimeoniParameters p, double concentrationNgPerMl, ReadOnlySpan<double> x, Span<double> dxdt, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(p);
        var w = Weight(x);
        var ratio = Math.Max(0, p.Lambda0PerDay * w / p.Lambda1GPerDay);
        var growth = p.Lambda0PerDay * x[0] / Math.Pow(1 + Math.Pow(ratio, p.Psi), 1 / p.Psi);
        var kill = p.K2PerNgMlPerDay * Math.Max(0, concentrationNgPerMl) * x[0];
        dxdt[0] = scale * (growth - kill);
        dxdt[1] = scale * (kill - (p.K1PerDay * x[1]));
        dxdt[2] = scale * p.K1PerDay * (x[1] - x[2]);
        dxdt[3] = scale * p.K1PerDay * (x[2] - x[3]);
    }

    /// <summary>The untreated start: all w0 proliferating.</summary>
    public static void Initialise(SimeoniParameters p, Span<double> x)
    {
        ArgumentNullException.ThrowIfNull(p);
        x[0] = p.InitialWeightG;
        x[1..Size].Clear();
    }
}
