namespace Metaverse.Twins.Patient.Variability;

/// <summary>
/// Creatinine clearance estimated from serum creatinine (Cockcroft &amp; Gault, Nephron 16:31–41, 1976):
/// CrCl (mL/min) = (140 − age[y]) × weight[kg] / (72 × SCr[mg/dL]), × 0.85 for women.
/// </summary>
public static class CockcroftGault
{
    public static double ClearanceMlPerMin(double ageYears, double weightKg, double serumCreatinineMgPerDl, Sex sex)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(serumCreatinineMgPerDl);
        var male = (140 - ageYears) * weightKg / (72 * serumCreatinineMgPerDl);
        return sex == Sex.Female ? 0.85 * male : male;
    }
}
