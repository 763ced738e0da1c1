namespace Metaverse.Twins.Patient.Organs;

/// <summary>
/// Reference adult physiology for 70 kg. Cardiac output 6.5 L/min = 390 L/h and regional blood flows as
/// fractions of it from ICRP Publication 89 (Valentin, Ann ICRP 32(3–4), 2002; adult male): kidneys 19 %,
/// skeletal muscle 17 %, adipose 5 %, heart 4 %, hepatic artery 6.5 %, portal-drained viscera 19 %
/// (stomach 1, small intestine 10, large intestine 4, spleen 3, pancreas 1), so the liver receives 25.5 %.
/// Volumes (1 kg ≈ 1 L) from Brown et al. (Toxicol Ind Health 13:407–484, 1997, % of body weight): liver
/// 2.57 %, kidneys 0.44 %, heart 0.47 %, lungs 0.76 %, muscle 40 %, adipose 21.4 %, blood 7.9 %; gut
/// 1.44 kg = ICRP 89 gut walls + spleen + pancreas. Blood is split one third arterial, two thirds venous
/// (the usual PBPK convention). Tumour: 20 mL perfused at 0.2 mL/min/mL (illustrative). "Rest" takes the
/// remaining volume and flow.
/// </summary>
public static class ReferenceAdult
{
    public const double BodyWeightKg = 70;
    public const double CardiacOutputLPerH = 390;
    public const double BloodL = 0.079 * BodyWeightKg;
    public const double ArterialFraction = 1.0 / 3;

    /// <summary>Fraction of cardiac output per tissue (<see cref="Tissue"/> order; Lung = 1, Liver = hepatic artery only, Rest = remainder).</summary>
    public static IReadOnlyList<double> FlowFractions { get; } = Complete([1, 0.04, 0.065, 0.19, 0.19, 0.17, 0.05, 0.24 / CardiacOutputLPerH, 0], 1, 1);

    /// <summary>Tissue volumes in L (<see cref="Tissue"/> order; Rest = remainder of body weight).</summary>
    public static IReadOnlyList<double> VolumesL { get; } =
        Complete([0.0076 * BodyWeightKg, 0.0047 * BodyWeightKg, 0.0257 * BodyWeightKg, 1.44, 0.0044 * BodyWeightKg, 0.40 * BodyWeightKg, 0.214 * BodyWeightKg, 0.02, 0], BodyWeightKg - BloodL, 0);

    /// <summary>Sets the last entry (Rest) to <paramref name="total"/> minus the entries from <paramref name="first"/> on.</summary>
    private static double[] Complete(double[] values, double total, int first)
    {
        values[^1] = total - values.AsSpan(first, values.Length - 1 - first).ToArray().Sum();
        return values;
    }
}
