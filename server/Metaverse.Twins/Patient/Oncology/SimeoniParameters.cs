using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Oncology;

/// <summary>
/// Simeoni tumour growth inhibition model parameters (Simeoni et al., Cancer Res 64:1094–1101, 2004):
/// exponential growth rate λ0 (1/d), linear growth rate λ1 (g/d), damaged-cell transit rate k1 (1/d),
/// drug potency k2 ((ng/mL)⁻¹·d⁻¹), switch sharpness ψ and initial tumour weight w0 (g).
/// </summary>
public sealed record SimeoniParameters(
    double Lambda0PerDay, double Lambda1GPerDay, double K1PerDay, double K2PerNgMlPerDay, double Psi, double InitialWeightG)
{
    /// <summary>The values of the design brief (Simeoni et al. 2004), w0 0.1 g (illustrative).</summary>
    public static SimeoniParameters Default { get; } = new(0.273, 0.814, 0.968, 6.29e-4, 20, 0.1);

    /// <summary>Untreated doubling time in the exponential phase, ln 2/λ0 (d).</summary>
    public double DoublingTimeDays => Math.Log(2) / Lambda0PerDay;

    /// <summary>Weight where exponential growth turns linear, λ1/λ0 (g).</summary>
    public double SwitchWeightG => Lambda1GPerDay / Lambda0PerDay;

    /// <summary>Threshold concentration λ0/k2 (ng/mL): above it the proliferating cells are eventually eradicated.</summary>
    public double ThresholdNgPerMl => Lambda0PerDay / K2PerNgMlPerDay;

    /// <summary>
    /// The equilibrium tumour weight (g) under a constant concentration c below the threshold: growth per
    /// proliferating cell equals k2·c at w* = (λ1/λ0)·((λ0/(k2·c))^ψ − 1)^(1/ψ); 0 at or above the threshold.
    /// </summary>
    public double EquilibriumWeightG(double concentrationNgPerMl)
    {
        var kill = K2PerNgMlPerDay * concentrationNgPerMl;
        return kill >= Lambda0PerDay ? 0 : SwitchWeightG * Math.Pow(Math.Pow(Lambda0PerDay / kill, Psi) - 1, 1 / Psi);
    }

    public TwinError? Validate() =>
        Positive("lambda0", Lambda0PerDay, "1/d") ?? Positive("lambda1", Lambda1GPerDay, "g/d") ?? Positive("k1", K1PerDay, "1/d")
            ?? NonNegative("k2", K2PerNgMlPerDay, "(ng/mL)-1/d") ?? Positive("psi", Psi, "") ?? Positive("w0", InitialWeightG, "g");

    private static TwinError? Positive(string name, double value, string unit) =>
        double.IsFinite(value) && value > 0 && value < 1e6 ? null : new TwinError(name, $"> 0 and < 1e6 {unit}".TrimEnd(), $"{value} is not valid");

    private static TwinError? NonNegative(string name, double value, string unit) =>
        double.IsFinite(value) && value >= 0 && value < 1e6 ? null : new TwinError(name, $"≥ 0 and < 1e6 {unit}", $"{value} is not valid");
}
