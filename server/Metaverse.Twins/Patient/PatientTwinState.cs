using Metaverse.Twins.Patient.Oncology;
using Metaverse.Twins.Patient.Organs;
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
/// Everything a patient twin is, as saved in a snapshot: identity, covariates, individual parameters,
/// the ODE state and solver step, pending doses, running infusions and the random generator. Times in h
/// except <see cref="TimeSeconds"/>. <see cref="Y"/> is the PK/PD state (<see cref="PkPdSystem"/>).
/// Format version 2 adds the PBPK parameters and state (<see cref="Organs"/>, <see cref="OrganState"/>,
/// <see cref="PbpkSystem"/> indices) and the tumour (<see cref="Tumour"/>, <see cref="TumourState"/> x1..x4 g);
/// they are null in a version-1 snapshot.
/// </summary>
internal sealed record PatientTwinState(
    string PseudonymousId, PatientCovariates Covariates, PkParameters Pk, EmaxModel Effect, IndirectResponseModel Biomarker,
    double KdMgPerL, ResidualError Residual, ulong[] Random, double TimeSeconds, double TimeH, double SolverStepH, double[] Y,
    PendingDose[] Pending, RunningInfusion[] Infusions, double TotalDoseMg, double LastLevelMgPerL, string Regimen,
    PbpkParameters? Organs = null, SimeoniParameters? Tumour = null, double[]? OrganState = null, double[]? TumourState = null);
