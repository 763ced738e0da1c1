using Metaverse.Twins.Core;
using Metaverse.Twins.Patient.Cohort;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Tests.Patient.Cohort;

public class CohortSamplerTests
{
    [Fact]
    public void Cohort_is_reproducible_for_a_seed_and_stays_in_adult_ranges()
    {
        var a = new List<PatientCovariates>();
        var samplerA = new CohortSampler(new TwinRandom(11));
        var samplerB = new CohortSampler(new TwinRandom(11));
        for (var i = 0; i < 2000; i++)
        {
            var x = samplerA.Next();
            Assert.Equal(x, samplerB.Next());
            a.Add(x);
        }

        Assert.All(a, p => Assert.Null(p.Validate()));
        Assert.InRange(a.Count(p => p.Sex == Sex.Female) / 2000.0, 0.45, 0.55);
        var men = a.Where(p => p.Sex == Sex.Male).Select(p => p.WeightKg).Order().ToArray();
        var women = a.Where(p => p.Sex == Sex.Female).Select(p => p.WeightKg).Order().ToArray();
        Assert.InRange(men[men.Length / 2], 82, 90);
        Assert.InRange(women[women.Length / 2], 69, 77);
    }

    [Fact]
    public void Age_and_creatinine_are_positively_correlated()
    {
        var sampler = new CohortSampler(new TwinRandom(5));
        var cohort = Enumerable.Range(0, 5000).Select(_ => sampler.Next()).Where(p => p.Sex == Sex.Male).ToArray();
        var age = cohort.Select(p => p.AgeYears).ToArray();
        var logScr = cohort.Select(p => Math.Log(p.SerumCreatinineMgPerDl)).ToArray();

        Assert.InRange(Correlation(age, logScr), 0.2, 0.4);
    }

    private static double Correlation(double[] x, double[] y)
    {
        var (mx, my) = (x.Average(), y.Average());
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        return sxy / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
    }
}
