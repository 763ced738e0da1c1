using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient.Variability;

/// <summary>
/// Typical individual parameters from population values for a 70 kg adult with creatinine
/// clearance <see cref="ReferenceCrClMlPerMin"/>: CL = CL_pop·(W/70)^0.75·(1 − fe + fe·CrCl/CrCl_ref),
/// where <see cref="RenalFraction"/> fe (0–1) is the fraction of clearance that is renal and scales
/// with creatinine clearance (the usual proportional renal-function model); Q like CL by size only;
/// V1, V2 ∝ W. ka, F and lag are not covariate-dependent.
/// </summary>
public sealed record CovariateModel(double RenalFraction = 0, double ReferenceCrClMlPerMin = 100)
{
    public PkParameters Apply(PkParameters population, PatientCovariates covariates)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(covariates);
        var size = Allometry.ClearanceFactor(covariates.WeightKg);
        var volume = Allometry.VolumeFactor(covariates.WeightKg);
        var renal = 1 - RenalFraction + (RenalFraction * covariates.CreatinineClearanceMlPerMin / ReferenceCrClMlPerMin);
        return population with
        {
            ClLPerH = population.ClLPerH * size * renal,
            V1L = population.V1L * volume,
            QLPerH = population.QLPerH * size,
            V2L = population.V2L * volume,
        };
    }
}
