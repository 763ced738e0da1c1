using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Variability;

/// <summary>Biological sex as used by the Cockcroft–Gault equation.</summary>
public enum Sex
{
    Male,
    Female,
}

/// <summary>
/// The covariates of one (virtual) patient: body weight (kg), age (years), sex and serum creatinine
/// (mg/dL). No identifying data: a twin refers to its patient only by a pseudonymous id.
/// </summary>
public sealed record PatientCovariates(double WeightKg, double AgeYears, Sex Sex, double SerumCreatinineMgPerDl)
{
    public static readonly ParameterSpec Weight = new("weight", "kg", 30, 250, 70, "total body weight");
    public static readonly ParameterSpec Age = new("age", "a", 18, 100, 40, "age in years (adults)");
    public static readonly ParameterSpec Creatinine = new("serum_creatinine", "mg/dL", 0.2, 15, 0.9, "serum creatinine");

    /// <summary>A typical 70 kg, 40-year-old man with serum creatinine 0.9 mg/dL.</summary>
    public static PatientCovariates Reference => new(70, 40, Sex.Male, 0.9);

    /// <summary>Creatinine clearance by Cockcroft–Gault, mL/min.</summary>
    public double CreatinineClearanceMlPerMin => CockcroftGault.ClearanceMlPerMin(AgeYears, WeightKg, SerumCreatinineMgPerDl, Sex);

    /// <summary>Null when every covariate lies in its accepted range.</summary>
    public TwinError? Validate() => Weight.Check(WeightKg) ?? Age.Check(AgeYears) ?? Creatinine.Check(SerumCreatinineMgPerDl);
}
