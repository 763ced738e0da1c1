namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// USP &lt;905&gt; Uniformity of Dosage Units, acceptance value for content uniformity with target
/// T ≤ 101.5 % (here T = 100 % of label claim): AV = |M − X̄| + k·s, where M = X̄ if 98.5 ≤ X̄ ≤ 101.5,
/// 98.5 if X̄ &lt; 98.5, 101.5 if X̄ &gt; 101.5; k = 2.4 for n = 10 (first stage) and 2.0 for n = 30
/// (both stages). Samples between are scored with k = 2.4 (the stricter), larger ones with 2.0.
/// L1 = 15.0 is the limit.
/// </summary>
public static class AcceptanceValue
{
    public const double L1 = 15.0;

    /// <summary>The acceptability constant k for <paramref name="n"/> units.</summary>
    public static double K(int n) => n >= 30 ? 2.0 : 2.4;

    /// <summary>The reference value M for a mean <paramref name="mean"/> (% label claim).</summary>
    public static double Reference(double mean) => Math.Clamp(mean, 98.5, 101.5);

    /// <summary>AV for <paramref name="n"/> units with mean and sample SD in % label claim.</summary>
    public static double Compute(double mean, double sd, int n) => Math.Abs(Reference(mean) - mean) + (K(n) * sd);
}
