namespace Metaverse.Twins.Patient.Variability;

/// <summary>
/// Allometric size scaling to a 70 kg reference (Anderson &amp; Holford, Annu Rev Pharmacol Toxicol
/// 48:303–332, 2008): clearances scale with (W/70)^0.75, volumes with (W/70)^1.
/// </summary>
public static class Allometry
{
    public const double ReferenceWeightKg = 70;
    public const double ClearanceExponent = 0.75;
    public const double VolumeExponent = 1;

    public static double ClearanceFactor(double weightKg) => Math.Pow(weightKg / ReferenceWeightKg, ClearanceExponent);

    public static double VolumeFactor(double weightKg) => weightKg / ReferenceWeightKg;
}
