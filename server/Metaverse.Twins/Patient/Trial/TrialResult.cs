using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Patient.Trial;

/// <summary>One simulated subject: covariates, individual CL (L/h) and exposure over the metrics interval.</summary>
public sealed record SubjectResult(int Id, PatientCovariates Covariates, double ClLPerH, double V1L, ExposureMetrics Exposure)
{
    /// <summary>Percentage of the metrics interval with C ≥ MIC.</summary>
    public double PercentTimeAboveMic { get; init; }

    public double AucOverMic { get; init; }
}

/// <summary>
/// One arm: VPC bands (5th, 50th, 95th percentile of simulated observations with residual error, mg/L)
/// on the sampling grid, per-subject results, probabilities of target attainment (fractions 0–1) and
/// the fraction with Cmax above the toxicity threshold.
/// </summary>
public sealed record ArmResult(
    string Name, double[] TimesH, double[] P05MgPerL, double[] P50MgPerL, double[] P95MgPerL, IReadOnlyList<SubjectResult> Subjects)
{
    public double PtaAucOverMic { get; init; }

    public double PtaTimeAboveMic { get; init; }

    /// <summary>Fraction meeting both targets.</summary>
    public double PtaBoth { get; init; }

    public double FractionToxic { get; init; }

    /// <summary>Median Cmax over the metrics window, mg/L.</summary>
    public double MedianCmaxMgPerL
    {
        get
        {
            var sorted = Subjects.Select(s => s.Exposure.CmaxMgPerL).Order().ToArray();
            return sorted.Length == 0 ? double.NaN : Percentiles.OfSorted(sorted, 0.5);
        }
    }
}

public sealed record TrialResult(TrialSpec Spec, IReadOnlyList<ArmResult> Arms);
