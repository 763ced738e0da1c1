using Metaverse.Twins.Core;
using Metaverse.Twins.Patient.Cohort;
using Metaverse.Twins.Patient.Pk;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Patient.Trial;

/// <summary>
/// Runs a virtual parallel-group trial: per arm, N subjects each with sampled covariates (or the
/// reference adult), covariate model, log-normal IIV and residual error, simulated with the exact
/// closed form. Deterministic for the spec's seed (one generator, arms then subjects in order).
/// </summary>
public static class TrialSimulator
{
    public static TrialResult Run(TrialSpec spec, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var error = TrialValidation.Validate(spec);
        if (error is not null)
        {
            throw new ArgumentException(error.ToString(), nameof(spec));
        }

        var random = new TwinRandom(spec.Seed);
        var cohort = new CohortSampler(random);
        var iiv = TrialValidation.Iiv(spec).Iiv!;
        var population = TrialValidation.Population(spec);
        var covariateModel = new CovariateModel(spec.Model.RenalFraction);
        var steps = (int)Math.Floor((spec.Sampling.EndH / spec.Sampling.StepH) + 1e-9);
        var times = Enumerable.Range(0, steps + 1).Select(i => i * spec.Sampling.StepH).ToArray();
        var total = spec.Arms.Count * spec.SubjectsPerArm;
        var arms = new List<ArmResult>();
        foreach (var arm in spec.Arms)
        {
            var route = RouteNames.TryParse(arm.Route, out var parsed) ? parsed : throw new InvalidOperationException("validated route");
            var record = DosingRecord.Repeated(arm.DoseMg, route, arm.IntervalH, arm.Doses, arm.InfusionH);
            var observed = new double[spec.SubjectsPerArm, times.Length];
            var subjects = new List<SubjectResult>(spec.SubjectsPerArm);
            for (var s = 0; s < spec.SubjectsPerArm; s++)
            {
                var covariates = spec.UseCovariates ? cohort.Next() : PatientCovariates.Reference;
                var individual = iiv.Sample(covariateModel.Apply(population, covariates), random);
                var model = new ClosedFormPk(individual);
                for (var i = 0; i < times.Length; i++)
                {
                    observed[s, i] = spec.Residual().Observe(model.ConcentrationAt(record, times[i]), random);
                }

                subjects.Add(Subject(spec, s + 1, covariates, model, record));
                progress?.Report((double)((arms.Count * spec.SubjectsPerArm) + s + 1) / total);
            }

            arms.Add(Summarise(spec, arm.Name, times, observed, subjects));
        }

        return new TrialResult(spec, arms);
    }

    private static SubjectResult Subject(TrialSpec spec, int id, PatientCovariates covariates, ClosedFormPk model, DosingRecord record)
    {
        var m = spec.Metrics;
        var exposure = ExposureMetrics.Compute(model, record, m.FromH, m.ToH, m.MicMgPerL);
        return new SubjectResult(id, covariates, model.Parameters.ClLPerH, model.Parameters.V1L, exposure)
        {
            PercentTimeAboveMic = 100 * exposure.TimeAboveH / (m.ToH - m.FromH),
            AucOverMic = exposure.AucMgHPerL / m.MicMgPerL,
        };
    }

    private static ArmResult Summarise(TrialSpec spec, string name, double[] times, double[,] observed, List<SubjectResult> subjects)
    {
        var (p05, p50, p95) = (new double[times.Length], new double[times.Length], new double[times.Length]);
        var column = new double[subjects.Count];
        for (var i = 0; i < times.Length; i++)
        {
            for (var s = 0; s < subjects.Count; s++)
            {
                column[s] = observed[s, i];
            }

            Array.Sort(column);
            (p05[i], p50[i], p95[i]) = (Percentiles.OfSorted(column, 0.05), Percentiles.OfSorted(column, 0.5), Percentiles.OfSorted(column, 0.95));
        }

        var m = spec.Metrics;
        bool Auc(SubjectResult r) => r.AucOverMic >= m.TargetAucOverMic;
        bool Time(SubjectResult r) => r.PercentTimeAboveMic >= m.TargetPercentTimeAboveMic;
        double Fraction(Func<SubjectResult, bool> test) => subjects.Count(test) / (double)subjects.Count;
        return new ArmResult(name, times, p05, p50, p95, subjects)
        {
            PtaAucOverMic = Fraction(Auc),
            PtaTimeAboveMic = Fraction(Time),
            PtaBoth = Fraction(r => Auc(r) && Time(r)),
            FractionToxic = Fraction(r => r.Exposure.CmaxMgPerL > m.ToxicityCmaxMgPerL),
        };
    }
}
