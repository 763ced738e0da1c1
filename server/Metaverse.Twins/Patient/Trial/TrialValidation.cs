using Metaverse.Twins.Core;
using Metaverse.Twins.Patient.Pk;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Patient.Trial;

/// <summary>Range checks of a <see cref="TrialSpec"/>; every error names the JSON field.</summary>
internal static class TrialValidation
{
    public static TwinError? Validate(TrialSpec spec)
    {
        if (spec.SubjectsPerArm is < 1 or > 100_000)
        {
            return new TwinError("subjects_per_arm", "1–100000", $"{spec.SubjectsPerArm} subjects");
        }

        if (spec.Arms.Count is < 1 or > 20)
        {
            return new TwinError("arms", "1–20 arms", $"{spec.Arms.Count} arms");
        }

        var needsKa = spec.Arms.Any(a => a.Route == "oral");
        var error = Population(spec).Validate(needsKa);
        if (error is not null)
        {
            return error with { Field = "model." + error.Field };
        }

        if (spec.Model.RenalFraction is < 0 or > 1)
        {
            return new TwinError("model.renal_fraction", "0–1", $"{spec.Model.RenalFraction}");
        }

        return Iiv(spec).Error ?? Arms(spec) ?? Sampling(spec) ?? Metrics(spec);
    }

    public static PkParameters Population(TrialSpec spec)
    {
        var m = spec.Model;
        return new PkParameters(m.Compartments, m.ClLPerH, m.V1L, m.QLPerH, m.V2L, m.KaPerH, m.Bioavailability, m.LagH);
    }

    public static (LogNormalIiv? Iiv, TwinError? Error) Iiv(TrialSpec spec)
    {
        var n = spec.Iiv.Parameters.Count;
        if (spec.Iiv.Omega.Count != n || spec.Iiv.Omega.Any(r => r.Count != n))
        {
            return (null, new TwinError("iiv.omega", $"a {n}×{n} matrix", "Ω must have one row and column per parameter"));
        }

        var omega = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                omega[i, j] = spec.Iiv.Omega[i][j];
            }
        }

        return LogNormalIiv.Create(spec.Iiv.Parameters, omega);
    }

    private static TwinError? Arms(TrialSpec spec)
    {
        foreach (var arm in spec.Arms)
        {
            var field = $"arms[{arm.Name}]";
            if (!RouteNames.TryParse(arm.Route, out var route))
            {
                return new TwinError(field + ".route", RouteNames.Accepted, $"'{arm.Route}' is not a route");
            }

            if (!(arm.DoseMg > 0) || arm.Doses is < 1 or > 1000 || !(arm.IntervalH > 0))
            {
                return new TwinError(field, "dose_mg > 0, doses 1–1000, interval_h > 0", "the regimen is not valid");
            }

            if (route == Route.IvInfusion && !(arm.InfusionH > 0))
            {
                return new TwinError(field + ".infusion_h", "> 0 h", "an infusion needs a duration");
            }
        }

        return spec.Residual().AdditiveSdMgPerL < 0 || spec.Residual().ProportionalSd < 0
            ? new TwinError("residual_error", "SDs ≥ 0", "a standard deviation is negative")
            : null;
    }

    private static TwinError? Sampling(TrialSpec spec) =>
        spec.Sampling.EndH > 0 && spec.Sampling.StepH > 0 && spec.Sampling.EndH / spec.Sampling.StepH <= 100_000
            ? null
            : new TwinError("sampling", "end_h > 0, step_h > 0, at most 100000 points", "the sampling grid is not valid");

    private static TwinError? Metrics(TrialSpec spec)
    {
        var m = spec.Metrics;
        if (!(m.FromH >= 0 && m.ToH > m.FromH))
        {
            return new TwinError("metrics.from_h/to_h", "0 ≤ from_h < to_h", $"[{m.FromH}, {m.ToH}] is not an interval");
        }

        return m.MicMgPerL > 0 ? null : new TwinError("metrics.mic_mg_per_L", "> 0 mg/L", $"{m.MicMgPerL}");
    }

    public static ResidualError Residual(this TrialSpec spec) => new(spec.ResidualError.AdditiveMgPerL, spec.ResidualError.Proportional);
}
