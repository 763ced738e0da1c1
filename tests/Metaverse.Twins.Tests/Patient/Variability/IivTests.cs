using Metaverse.Twins.Core;
using Metaverse.Twins.Patient.Pk;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Tests.Patient.Variability;

public class IivTests
{
    [Fact]
    public void Sample_covariance_of_eta_matches_omega()
    {
        var omega = new[,] { { 0.09, 0.03, -0.02 }, { 0.03, 0.04, 0.0 }, { -0.02, 0.0, 0.25 } };
        var (iiv, error) = LogNormalIiv.Create(["cl", "v1", "ka"], omega);
        Assert.Null(error);
        var random = new TwinRandom(7);
        const int N = 200_000;
        var sum = new double[3];
        var cross = new double[3, 3];
        Span<double> eta = stackalloc double[3];
        for (var s = 0; s < N; s++)
        {
            iiv!.SampleEta(random, eta);
            for (var i = 0; i < 3; i++)
            {
                sum[i] += eta[i];
                for (var j = 0; j < 3; j++)
                {
                    cross[i, j] += eta[i] * eta[j];
                }
            }
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, sum[i] / N, 0.004);
            for (var j = 0; j < 3; j++)
            {
                // standard error of a covariance ≈ √((Ωii·Ωjj + Ωij²)/N) ≤ 0.0006 here
                Assert.Equal(omega[i, j], cross[i, j] / N, 0.003);
            }
        }
    }

    [Fact]
    public void Applying_eta_multiplies_the_named_parameters_by_exp_eta()
    {
        var (iiv, _) = LogNormalIiv.Create(["cl", "ka"], new[,] { { 0.1, 0 }, { 0, 0.1 } });

        var p = iiv!.Apply(PkParameters.OneCompartment(5, 50, kaPerH: 1), [Math.Log(2), Math.Log(0.5)]);

        Assert.Equal(10, p.ClLPerH, 12);
        Assert.Equal(0.5, p.KaPerH, 12);
        Assert.Equal(50, p.V1L);
    }

    [Fact]
    public void Non_positive_definite_omega_is_refused_naming_the_field()
    {
        var (_, error) = LogNormalIiv.Create(["cl", "v1"], new[,] { { 0.1, 0.2 }, { 0.2, 0.1 } });

        Assert.Equal("iiv.omega", error?.Field);
    }

    [Fact]
    public void Residual_error_has_the_combined_standard_deviation()
    {
        var error = new ResidualError(AdditiveSdMgPerL: 0.3, ProportionalSd: 0.2);
        var random = new TwinRandom(3);
        const int N = 100_000;
        var sumSq = 0.0;
        for (var i = 0; i < N; i++)
        {
            var d = error.Observe(2, random) - 2;
            sumSq += d * d;
        }

        Assert.Equal(0.5, error.SdAt(2), 12);
        Assert.Equal(0.5, Math.Sqrt(sumSq / N), 0.005);
    }
}
