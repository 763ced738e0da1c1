using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Pk;

/// <summary>
/// A 1- or 2-compartment model in clearance/volume form. <see cref="ClLPerH"/> elimination clearance
/// (L/h), <see cref="V1L"/> central volume (L), <see cref="QLPerH"/> inter-compartmental clearance (L/h)
/// and <see cref="V2L"/> peripheral volume (L) (2-cmt only), <see cref="KaPerH"/> first-order absorption
/// rate (1/h), <see cref="Bioavailability"/> F (0–1) and <see cref="LagH"/> absorption lag (h) for oral doses.
/// </summary>
public sealed record PkParameters(
    int Compartments, double ClLPerH, double V1L, double QLPerH = 0, double V2L = 0,
    double KaPerH = 0, double Bioavailability = 1, double LagH = 0)
{
    public static PkParameters OneCompartment(double clLPerH, double vL, double kaPerH = 0, double bioavailability = 1, double lagH = 0) =>
        new(1, clLPerH, vL, 0, 0, kaPerH, bioavailability, lagH);

    public static PkParameters TwoCompartment(double clLPerH, double v1L, double qLPerH, double v2L, double kaPerH = 0, double bioavailability = 1, double lagH = 0) =>
        new(2, clLPerH, v1L, qLPerH, v2L, kaPerH, bioavailability, lagH);

    /// <summary>Elimination rate constant k10 = CL/V1 (1/h).</summary>
    public double K10PerH => ClLPerH / V1L;

    /// <summary>Null when the parameters describe a model, else the error naming the parameter and its range.</summary>
    public TwinError? Validate(bool needsAbsorption)
    {
        if (Compartments is not (1 or 2))
        {
            return new TwinError("model", "1cmt or 2cmt", $"{Compartments} compartments are not supported");
        }

        return Positive("cl", ClLPerH, "L/h") ?? Positive(Compartments == 1 ? "v" : "v1", V1L, "L")
            ?? (Compartments == 2 ? Positive("q", QLPerH, "L/h") ?? Positive("v2", V2L, "L") : null)
            ?? (needsAbsorption ? Positive("ka", KaPerH, "1/h") : null)
            ?? (double.IsFinite(Bioavailability) && Bioavailability > 0 && Bioavailability <= 1 ? null
                : new TwinError("bioavailability", "0 < F ≤ 1", $"{Bioavailability} is not a fraction"))
            ?? (double.IsFinite(LagH) && LagH >= 0 ? null : new TwinError("lag", "≥ 0 h", $"{LagH} h is not a lag time"));
    }

    private static TwinError? Positive(string name, double value, string unit) =>
        double.IsFinite(value) && value > 0 && value < 1e9 ? null
            : new TwinError(name, $"> 0 and < 1e9 {unit}", $"{value} {unit} is not a valid {name}");
}
