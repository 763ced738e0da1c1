using Metaverse.Twins.Core;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Patient.Cohort;

/// <summary>
/// Virtual adult patients with jointly sampled covariates. Sex is 50/50; given sex,
/// (age, ln weight, ln serum creatinine) is multivariate normal with the correlations below and
/// truncated to plausible adult ranges by rejection. Medians are rounded approximations of US
/// adult figures: weight (Fryar et al., Vital Health Stat 3(46), 2021: mean ≈ 90 kg men, 77 kg women)
/// and serum creatinine (Jones et al., Am J Kidney Dis 32:992–999, 1998, recalibrated to ≈ 0.95 / 0.75 mg/dL).
/// See docs/models/pkpd.md for the full table. Deterministic for a seed.
/// </summary>
public sealed class CohortSampler(TwinRandom random)
{
    public const double MinAgeYears = 18;
    public const double MaxAgeYears = 90;
    public const double MinWeightKg = 40;
    public const double MaxWeightKg = 200;
    public const double MinCreatinineMgPerDl = 0.4;
    public const double MaxCreatinineMgPerDl = 3.0;
    private const double AgeMean = 47;
    private const double AgeSd = 17;
    private const double LogWeightSd = 0.2;
    private const double LogCreatinineSd = 0.2;

    /// <summary>Lower Cholesky factor of the correlation of (age, ln W, ln SCr): ρ = 0.1, 0.3, 0.2.</summary>
    private static readonly double[,] Correlation = Numerics.Cholesky.Factor(new[,] { { 1, 0.1, 0.3 }, { 0.1, 1, 0.2 }, { 0.3, 0.2, 1 } })!;

    public PatientCovariates Next()
    {
        var sex = random.NextDouble() < 0.5 ? Sex.Male : Sex.Female;
        var (weightMedian, creatinineMedian) = sex == Sex.Male ? (86.0, 0.95) : (73.0, 0.75);
        while (true)
        {
            var (z0, z1, z2) = (random.NextGaussian(), random.NextGaussian(), random.NextGaussian());
            var a = Correlation[0, 0] * z0;
            var w = (Correlation[1, 0] * z0) + (Correlation[1, 1] * z1);
            var c = (Correlation[2, 0] * z0) + (Correlation[2, 1] * z1) + (Correlation[2, 2] * z2);
            var age = AgeMean + (AgeSd * a);
            var weight = weightMedian * Math.Exp(LogWeightSd * w);
            var creatinine = creatinineMedian * Math.Exp(LogCreatinineSd * c);
            if (age is >= MinAgeYears and <= MaxAgeYears && weight is >= MinWeightKg and <= MaxWeightKg
                && creatinine is >= MinCreatinineMgPerDl and <= MaxCreatinineMgPerDl)
            {
                return new PatientCovariates(weight, age, sex, creatinine);
            }
        }
    }
}
