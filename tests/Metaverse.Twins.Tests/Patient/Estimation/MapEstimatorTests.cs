using Metaverse.Twins.Patient.Estimation;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Tests.Patient.Estimation;

public class MapEstimatorTests(TheophFits fits) : IClassFixture<TheophFits>
{
    [Fact]
    public void Map_with_population_priors_reproduces_every_subjects_empirical_bayes_estimate()
    {
        foreach (var fit in new[] { fits.KaCl, fits.Full })
        {
            foreach (var subject in fits.Data.Subjects)
            {
                var (estimate, error) = MapEstimator.Estimate(subject, fit.Model);
                Assert.Null(error);
                var ebe = fit.Subjects.Single(s => s.Id == subject.Id);
                Assert.All(estimate!.Eta.Zip(ebe.Eta), p => Assert.Equal(p.Second, p.First, 1e-7));
            }
        }
    }

    [Fact]
    public void Sparse_levels_shrink_towards_the_population_and_widen_the_band()
    {
        var subject = fits.Data.Subjects[0];
        var sparse = subject with { TimesH = [subject.TimesH[5], subject.TimesH[^1]], Observed = [subject.Observed[5], subject.Observed[^1]] };
        var full = MapEstimator.Estimate(subject, fits.KaCl.Model).Estimate!;
        var two = MapEstimator.Estimate(sparse, fits.KaCl.Model).Estimate!;
        double[] times = [0.5, 2, 8, 24];

        var fullBand = PredictionBand.Compute(subject.Doses, fits.KaCl.Model, full, times);
        var twoBand = PredictionBand.Compute(subject.Doses, fits.KaCl.Model, two, times);

        Assert.True(two.EtaCovariance[0, 0] > full.EtaCovariance[0, 0]);
        Assert.True(twoBand.Upper95[1] - twoBand.Lower5[1] > fullBand.Upper95[1] - fullBand.Lower5[1]);
        Assert.All(Enumerable.Range(0, times.Length), t => Assert.InRange(fullBand.Predicted[t], fullBand.Lower5[t], fullBand.Upper95[t]));
    }

    [Fact]
    public void A_subject_without_levels_gets_the_typical_parameters()
    {
        var subject = fits.Data.Subjects[3] with { TimesH = [], Observed = [] };

        var estimate = MapEstimator.Estimate(subject, fits.KaCl.Model).Estimate!;

        Assert.All(estimate.Eta, e => Assert.Equal(0, e, 12));
        Assert.Equal(Math.Exp(fits.KaCl.Model.Theta[OralOneCompartment.Cl]), estimate.Pk.ClLPerH, 12);
    }

    [Fact]
    public void A_subject_without_doses_is_refused()
    {
        var subject = fits.Data.Subjects[0] with { Doses = DosingRecord.Of() };

        var (estimate, error) = MapEstimator.Estimate(subject, fits.KaCl.Model);

        Assert.Null(estimate);
        Assert.Equal("data", error!.Field);
    }
}
