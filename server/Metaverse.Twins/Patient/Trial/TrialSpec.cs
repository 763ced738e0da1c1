using System.Text.Json;
using System.Text.Json.Serialization;
using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Trial;

/// <summary>
/// A virtual trial as written in a spec file (see assets/trials/example-trial.json and
/// docs/models/pkpd.md): a population PK model, its variability, arms with regimens, the sampling
/// grid and the exposure targets. Units are in the property names.
/// </summary>
public sealed record TrialSpec
{
    [JsonPropertyName("seed")]
    public ulong Seed { get; init; } = 1;

    [JsonPropertyName("subjects_per_arm")]
    public int SubjectsPerArm { get; init; } = 100;

    /// <summary>Sample covariates for each subject (weight, age, sex, creatinine); false: every subject is the 70 kg reference.</summary>
    [JsonPropertyName("use_covariates")]
    public bool UseCovariates { get; init; } = true;

    [JsonPropertyName("model")]
    public TrialModelSpec Model { get; init; } = new();

    [JsonPropertyName("iiv")]
    public TrialIivSpec Iiv { get; init; } = new();

    [JsonPropertyName("residual_error")]
    public TrialResidualSpec ResidualError { get; init; } = new();

    [JsonPropertyName("arms")]
    public IReadOnlyList<TrialArmSpec> Arms { get; init; } = [];

    [JsonPropertyName("sampling")]
    public TrialSamplingSpec Sampling { get; init; } = new();

    [JsonPropertyName("metrics")]
    public TrialMetricsSpec Metrics { get; init; } = new();

    private static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses and validates a spec; the error names the field.</summary>
    public static (TrialSpec? Spec, TwinError? Error) Parse(string json)
    {
        TrialSpec? spec;
        try
        {
            spec = JsonSerializer.Deserialize<TrialSpec>(json, Options);
        }
        catch (JsonException e)
        {
            return (null, new TwinError(e.Path ?? "spec", "a trial spec (see docs/models/pkpd.md)", e.Message));
        }

        if (spec is null)
        {
            return (null, new TwinError("spec", "a JSON object", "the spec is empty"));
        }

        var error = TrialValidation.Validate(spec);
        return error is null ? (spec, null) : (null, error);
    }
}

/// <summary>Population (typical 70 kg adult) PK parameters and the renal fraction of CL.</summary>
public sealed record TrialModelSpec
{
    [JsonPropertyName("compartments")]
    public int Compartments { get; init; } = 1;

    [JsonPropertyName("cl_L_per_h")]
    public double ClLPerH { get; init; } = 5;

    [JsonPropertyName("v1_L")]
    public double V1L { get; init; } = 50;

    [JsonPropertyName("q_L_per_h")]
    public double QLPerH { get; init; }

    [JsonPropertyName("v2_L")]
    public double V2L { get; init; }

    [JsonPropertyName("ka_per_h")]
    public double KaPerH { get; init; }

    [JsonPropertyName("bioavailability")]
    public double Bioavailability { get; init; } = 1;

    [JsonPropertyName("lag_h")]
    public double LagH { get; init; }

    /// <summary>Fraction of CL that scales with Cockcroft–Gault creatinine clearance / 100 mL/min (0–1).</summary>
    [JsonPropertyName("renal_fraction")]
    public double RenalFraction { get; init; }
}

/// <summary>Log-normal IIV: parameter names and Ω (log-scale covariance), rows in the order of the names.</summary>
public sealed record TrialIivSpec
{
    [JsonPropertyName("parameters")]
    public IReadOnlyList<string> Parameters { get; init; } = [];

    [JsonPropertyName("omega")]
    public IReadOnlyList<IReadOnlyList<double>> Omega { get; init; } = [];
}

/// <summary>Residual error on simulated observations (VPC bands): additive SD (mg/L) and proportional SD (fraction).</summary>
public sealed record TrialResidualSpec
{
    [JsonPropertyName("additive_mg_per_L")]
    public double AdditiveMgPerL { get; init; }

    [JsonPropertyName("proportional")]
    public double Proportional { get; init; }
}

/// <summary>One arm: <see cref="Doses"/> doses of <see cref="DoseMg"/> every <see cref="IntervalH"/> h.</summary>
public sealed record TrialArmSpec
{
    [JsonPropertyName("name")]
    public string Name { get; init; } = "arm";

    [JsonPropertyName("route")]
    public string Route { get; init; } = "iv-bolus";

    [JsonPropertyName("dose_mg")]
    public double DoseMg { get; init; }

    [JsonPropertyName("interval_h")]
    public double IntervalH { get; init; } = 24;

    [JsonPropertyName("doses")]
    public int Doses { get; init; } = 1;

    [JsonPropertyName("infusion_h")]
    public double InfusionH { get; init; }
}

/// <summary>Output grid for the VPC bands: every <see cref="StepH"/> h from 0 to <see cref="EndH"/>.</summary>
public sealed record TrialSamplingSpec
{
    [JsonPropertyName("end_h")]
    public double EndH { get; init; } = 24;

    [JsonPropertyName("step_h")]
    public double StepH { get; init; } = 0.5;
}

/// <summary>
/// Exposure metrics over [<see cref="FromH"/>, <see cref="ToH"/>] and the targets: AUC/MIC ≥
/// <see cref="TargetAucOverMic"/> (h), %T&gt;MIC ≥ <see cref="TargetPercentTimeAboveMic"/> (%), and the
/// toxicity threshold on Cmax (mg/L).
/// </summary>
public sealed record TrialMetricsSpec
{
    [JsonPropertyName("from_h")]
    public double FromH { get; init; }

    [JsonPropertyName("to_h")]
    public double ToH { get; init; } = 24;

    [JsonPropertyName("mic_mg_per_L")]
    public double MicMgPerL { get; init; } = 1;

    [JsonPropertyName("target_auc_over_mic")]
    public double TargetAucOverMic { get; init; } = 100;

    [JsonPropertyName("target_percent_time_above_mic")]
    public double TargetPercentTimeAboveMic { get; init; } = 50;

    [JsonPropertyName("toxicity_cmax_mg_per_L")]
    public double ToxicityCmaxMgPerL { get; init; } = double.MaxValue;
}
