using Metaverse.Twins.Patient.Pd;
using Metaverse.Twins.Patient.Pk;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Patient;

/// <summary>A dose waiting for its time (h since the twin started).</summary>
public sealed record PendingDose(double TimeH, double AmountMg, Route Route, double InfusionH)
{
    /// <summary>Part of the scheduled regimen (cancelled by stop-regimen or a new regimen), not a one-off dose.</summary>
    public bool FromRegimen { get; init; }
}

/// <summary>An infusion running until <see cref="EndH"/> at <see cref="RateMgPerH"/>.</summary>
public readonly record struct RunningInfusion(double EndH, double RateMgPerH);

/// <summary>
/// Everything a patient twin is, as saved in a snapshot (format version 1): identity, covariates,
/// individual parameters, the ODE state and solver step, pending doses, running infusions and the
/// random generator. Times in h except <see cref="TimeSeconds"/>.
/// </summary>
internal sealed record PatientTwinState(
    string PseudonymousId, PatientCovariates Covariates, PkParameters Pk, EmaxModel Effect, IndirectResponseModel Biomarker,
    double KdMgPerL, ResidualError Residual, ulong[] Random, double TimeSeconds, double TimeH, double SolverStepH, double[] Y,
    PendingDose[] Pending, RunningInfusion[] Infusions, double TotalDoseMg, double LastLevelMgPerL, string Regimen);
