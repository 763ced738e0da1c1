using Metaverse.Twins.Core;
using Metaverse.Twins.Numerics;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// The individual predicted curve (at η̂) with a credible band: η drawn from the Laplace posterior N(η̂, A⁻¹),
/// concentrations predicted for each draw, and the 5th and 95th percentiles per time. Seeded, so deterministic.
/// </summary>
public sealed record PredictionBand(double[] TimesH, double[] Predicted, double[] Lower5, double[] Upper95)
{
    public static PredictionBand Compute(DosingRecord doses, PopulationModel prior, IndividualEstimate estimate, double[] timesH, int draws = 1000, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(doses);
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(timesH);
        var predicted = new double[timesH.Length];
        new ClosedFormPk(estimate.Pk).Predict(doses, timesH, predicted);
        var l = Cholesky.Factor(SmallMatrix.Symmetrize(estimate.EtaCovariance)) ?? throw new ArgumentException("posterior covariance is not positive definite", nameof(estimate));
        var q = estimate.Eta.Length;
        var samples = new double[timesH.Length][];
        for (var t = 0; t < timesH.Length; t++)
        {
            samples[t] = new double[draws];
        }

        var random = new TwinRandom(seed);
        var (z, eta, phi, conc) = (new double[q], new double[q], new double[OralOneCompartment.Count], new double[timesH.Length]);
        for (var d = 0; d < draws; d++)
        {
            for (var k = 0; k < q; k++)
            {
                z[k] = random.NextGaussian();
            }

            for (var k = 0; k < q; k++)
            {
                eta[k] = estimate.Eta[k];
                for (var m = 0; m <= k; m++)
                {
                    eta[k] += l[k, m] * z[m];
                }
            }

            prior.Phi(eta, phi);
            new ClosedFormPk(OralOneCompartment.ToPk(phi)).Predict(doses, timesH, conc);
            for (var t = 0; t < timesH.Length; t++)
            {
                samples[t][d] = conc[t];
            }
        }

        return new PredictionBand(timesH, predicted, [.. samples.Select(s => Percentile(s, 0.05))], [.. samples.Select(s => Percentile(s, 0.95))]);
    }

    private static double Percentile(double[] values, double p)
    {
        Array.Sort(values);
        var x = p * (values.Length - 1);
        var i = (int)Math.Floor(x);
        return i + 1 < values.Length ? values[i] + ((x - i) * (values[i + 1] - values[i])) : values[i];
    }
}
