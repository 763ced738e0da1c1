using Metaverse.Twins.Core;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// Dose (and interval) for a target exposure at steady state of a linear model:
/// AUC over 24 h = (24/τ) F D / CL, so D_AUC = AUC24 · CL · τ / (24 F); the trough is linear in D, so
/// D_trough = C_target / C_trough(1 unit, τ), with the unit trough from the closed-form evaluator after enough
/// doses that the remaining accumulation is below 1e-12. With both targets and no interval, τ is chosen
/// (bisection on 1–72 h) so the AUC dose also meets the trough; otherwise τ defaults to 24 h and the AUC target wins.
/// </summary>
public static class DoseRecommender
{
    public const double DefaultIntervalH = 24;

    public static (DoseRecommendation? Recommendation, TwinError? Error) Recommend(PkParameters pk, Dose template, double? targetAuc24, double? targetTrough, double? intervalH)
    {
        ArgumentNullException.ThrowIfNull(pk);
        if (targetAuc24 is null && targetTrough is null)
        {
            return (null, new TwinError("target-auc", "> 0 (or --target-trough > 0)", "no exposure target given"));
        }

        if (targetAuc24 is not null && !(targetAuc24 > 0) || targetTrough is not null && !(targetTrough > 0))
        {
            return (null, new TwinError(targetAuc24 is not null && !(targetAuc24 > 0) ? "target-auc" : "target-trough", "> 0", "a target exposure must be positive"));
        }

        var tau = intervalH ?? (targetAuc24 is not null && targetTrough is not null ? SolveInterval(pk, template, targetAuc24.Value, targetTrough.Value) : DefaultIntervalH);
        var unitTrough = UnitTrough(pk, template, tau);
        double? forAuc = targetAuc24 is { } auc ? auc * pk.ClLPerH * tau / (24 * Fraction(pk, template)) : null;
        double? forTrough = targetTrough is { } c ? c / unitTrough : null;
        var dose = forAuc ?? forTrough!.Value;
        return (new DoseRecommendation(dose, tau, forAuc, forTrough, dose * 24 / tau * Fraction(pk, template) / pk.ClLPerH, dose * unitTrough), null);
    }

    /// <summary>Steady-state trough (concentration units) per unit dose every <paramref name="tauH"/> h.</summary>
    public static double UnitTrough(PkParameters pk, Dose template, double tauH)
    {
        ArgumentNullException.ThrowIfNull(pk);
        var slowest = Math.Min(pk.K10PerH, pk.KaPerH > 0 ? pk.KaPerH : double.PositiveInfinity);
        var count = (int)Math.Clamp(Math.Ceiling(28 / (slowest * tauH)) + 1, 2, 20000);
        var record = DosingRecord.Repeated(1, template.Route, tauH, count, template.InfusionH);
        return new ClosedFormPk(pk).ConcentrationAt(record, count * tauH);
    }

    private static double Fraction(PkParameters pk, Dose template) => template.Route == Route.Oral ? pk.Bioavailability : 1;

    private static double SolveInterval(PkParameters pk, Dose template, double auc24, double trough)
    {
        // Trough of the AUC dose falls as τ grows (same daily amount, fewer larger doses): bisection on log τ.
        double Excess(double tau) => (auc24 * pk.ClLPerH * tau / (24 * Fraction(pk, template)) * UnitTrough(pk, template, tau)) - trough;
        var (lo, hi) = (1.0, 72.0);
        if (Excess(hi) >= 0)
        {
            return hi;
        }

        if (Excess(lo) <= 0)
        {
            return lo;
        }

        for (var i = 0; i < 60; i++)
        {
            var mid = Math.Sqrt(lo * hi);
            (lo, hi) = Excess(mid) > 0 ? (mid, hi) : (lo, mid);
        }

        return Math.Sqrt(lo * hi);
    }
}
