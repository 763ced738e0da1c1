using Metaverse.Twins.Core;
using Metaverse.Twins.Patient;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Server.Twins;

/// <summary>
/// A patient twin from <c>twin.create</c> arguments: <c>weight</c> (kg), <c>age</c> (years), <c>sex</c>
/// (male|female) and <c>serum_creatinine</c> (mg/dL) — all four, or none for a virtual patient sampled
/// from the cohort model. The twin id is the patient's pseudonymous id; no personal data is taken.
/// </summary>
internal static class PatientTwinArguments
{
    private static readonly string[] Names = ["weight", "age", "sex", "serum_creatinine"];

    public static (ITwin? Twin, TwinError? Error) Create(string id, ulong seed, IReadOnlyDictionary<string, string> arguments)
    {
        if (!Names.Any(arguments.ContainsKey))
        {
            var virtualPatient = PatientTwin.CreateDefault(seed);
            return PatientTwin.Create(virtualPatient.Covariates, id, seed);
        }

        var errors = new[]
        {
            PatientCovariates.Weight.TryParse(arguments.GetValueOrDefault("weight"), out var weight),
            PatientCovariates.Age.TryParse(arguments.GetValueOrDefault("age"), out var age),
            PatientCovariates.Creatinine.TryParse(arguments.GetValueOrDefault("serum_creatinine"), out var creatinine),
        };
        if (errors.FirstOrDefault(e => e is not null) is { } error)
        {
            return (null, error with { Field = $"arguments.{error.Field}" });
        }

        Sex? sex = arguments.GetValueOrDefault("sex")?.Trim().ToUpperInvariant() switch
        {
            "MALE" => Sex.Male,
            "FEMALE" => Sex.Female,
            _ => null,
        };
        return sex is null
            ? (null, new TwinError("arguments.sex", "male, female", $"'{arguments.GetValueOrDefault("sex")}' is not accepted"))
            : PatientTwin.Create(new PatientCovariates(weight, age, sex.Value, creatinine), id, seed);
    }
}
