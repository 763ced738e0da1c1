namespace Metaverse.Twins.Patient.Organs;

/// <summary>
/// Drug properties the PBPK model needs besides clearance: fraction unbound in plasma fu (0–1],
/// blood:plasma concentration ratio B:P (&gt; 0) and tissue:plasma partition coefficients Kp per
/// <see cref="Tissue"/> (total tissue concentration over total plasma concentration at equilibrium).
/// </summary>
public sealed record OrganDrug(double FractionUnbound, double BloodPlasmaRatio, double[] Kp)
{
    /// <summary>
    /// An illustrative moderately lipophilic neutral small molecule (fu 0.3, B:P 0.8): Kp of the order
    /// the tissue-composition equations of Rodgers &amp; Rowland (J Pharm Sci 95:1238–1257, 2006) give for
    /// such a compound (lung 1.2, heart 1.5, liver 2, gut 1.6, kidney 2, muscle 1, fat 2, tumour 1.2,
    /// rest 1), chosen so that Vss ≈ 87 L for 70 kg, close to V1 + V2 of the default patient drug.
    /// Not a real product.
    /// </summary>
    public static OrganDrug Default { get; } = new(0.3, 0.8, [1.2, 1.5, 2.0, 1.6, 2.0, 1.0, 2.0, 1.2, 1.0]);
}
