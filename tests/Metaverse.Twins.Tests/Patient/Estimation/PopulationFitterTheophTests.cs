using Metaverse.Twins.Patient.Estimation;

namespace Metaverse.Twins.Tests.Patient.Estimation;

/// <summary>
/// Theoph (12 subjects, 132 levels, dose in mg/kg as nlme's Theoph) against R nlme 3.1-162 run on this machine
/// (tests/Metaverse.Benchmarks/peers/theoph_nlme.R); the full-Ω fixed effects are also Pinheiro &amp; Bates (2000)'s.
/// Our FOCE-I optimum has a lower −2LL than nlme's Lindstrom–Bates fixed point, so estimates differ slightly.
/// </summary>
public class PopulationFitterTheophTests(TheophFits fits) : IClassFixture<TheophFits>
{
    // nlme pdDiag(lKa + lCl ~ 1): lKe, lKa, lCl; SDs lKa, lCl; σ; −2LL.
    private static readonly double[] NlmeKaClTheta = [-2.45470, 0.46574, -3.22722];
    private static readonly double[] NlmeKaClSd = [0.64358, 0.16693];
    private const double NlmeKaClSigma = 0.70925;
    private const double NlmeKaClMinus2Ll = 354.0428;

    // nlme general Ω (fm1Theo.nlme); Pinheiro & Bates (2000) print −2.4327, 0.45146, −3.2145, logLik −173.32.
    private static readonly double[] NlmeFullTheta = [-2.43267, 0.45141, -3.21445];
    private static readonly double[] NlmeFullSd = [0.13104, 0.63778, 0.25118];
    private const double NlmeFullSigma = 0.68183;
    private const double NlmeFullMinus2Ll = 346.6416;

    [Fact]
    public void Ka_cl_fit_reproduces_nlme_fixed_effects_within_0_02_on_the_log_scale()
    {
        Assert.True(fits.KaCl.Converged);
        Assert.All(fits.KaCl.Model.Theta.Zip(NlmeKaClTheta), p => Assert.InRange(p.First - p.Second, -0.02, 0.02));
    }

    [Fact]
    public void Ka_cl_fit_reproduces_nlme_variance_components()
    {
        Assert.All(fits.KaCl.Model.RandomSds().Zip(NlmeKaClSd), p => Assert.InRange(p.First / p.Second, 0.97, 1.03));
        Assert.InRange(fits.KaCl.Model.Residual.AdditiveSd / NlmeKaClSigma, 0.99, 1.01);
    }

    [Fact]
    public void Full_omega_fit_reproduces_nlme_and_published_fixed_effects_within_0_025_on_the_log_scale()
    {
        Assert.True(fits.Full.Converged);
        Assert.All(fits.Full.Model.Theta.Zip(NlmeFullTheta), p => Assert.InRange(p.First - p.Second, -0.025, 0.025));
        Assert.All(fits.Full.Model.RandomSds().Zip(NlmeFullSd), p => Assert.InRange(p.First / p.Second, 0.97, 1.03));
        Assert.InRange(fits.Full.Model.Residual.AdditiveSd / NlmeFullSigma, 0.99, 1.01);
    }

    [Fact]
    public void Our_minimum_is_at_or_below_nlme_minus_2ll_of_the_same_approximation()
    {
        Assert.InRange(NlmeKaClMinus2Ll - fits.KaCl.MinusTwoLogLik, 0, 0.2);
        Assert.InRange(NlmeFullMinus2Ll - fits.Full.MinusTwoLogLik, 0, 0.3);
    }

    [Fact]
    public void Foce_objective_at_nlme_estimates_equals_nlme_minus_2ll()
    {
        var layout = new ParameterLayout([OralOneCompartment.Ka, OralOneCompartment.Cl], false, ResidualErrorKind.Additive);
        var omega = new double[,] { { NlmeKaClSd[0] * NlmeKaClSd[0], 0 }, { 0, NlmeKaClSd[1] * NlmeKaClSd[1] } };
        var nlme = new PopulationModel(NlmeKaClTheta, [OralOneCompartment.Ka, OralOneCompartment.Cl], omega, ResidualError.Additive(NlmeKaClSigma), false);

        var atNlme = new FoceObjective(fits.Data, layout).Evaluate(layout.Pack(nlme));

        Assert.InRange(atNlme - NlmeKaClMinus2Ll, -0.01, 0.01);
    }

    [Fact]
    public void Aic_and_bic_count_fixed_effects_omega_and_sigma_and_all_observations()
    {
        Assert.Equal(6, fits.KaCl.ParameterCount);
        Assert.Equal(10, fits.Full.ParameterCount);
        Assert.Equal(132, fits.KaCl.ObservationCount);
        Assert.Equal(fits.KaCl.MinusTwoLogLik + 12, fits.KaCl.Aic, 9);
        Assert.Equal(fits.Full.MinusTwoLogLik + (10 * Math.Log(132)), fits.Full.Bic, 9);
    }

    [Fact]
    public void Standard_errors_are_close_to_nlme()
    {
        double[] nlmeSe = [0.05189, 0.19629, 0.05932];
        Assert.All(fits.KaCl.ThetaSe.Zip(nlmeSe), p => Assert.InRange(p.First / p.Second, 0.9, 1.1));
        Assert.All(fits.KaCl.LogRandomSdSe.Concat(fits.KaCl.LogResidualSdSe), se => Assert.InRange(se, 0.01, 1));
    }

    [Fact]
    public void Empirical_bayes_estimates_match_nlme_random_effects()
    {
        // nlme ranef, pdDiag(lKa + lCl), subjects 1..12.
        double[][] nlme = [[-0.11926, -0.35425], [0.28381, 0.01090], [0.36482, 0.02722], [-0.27857, -0.06386], [-0.06587, 0.07299], [-0.23165, 0.14959],
            [-0.71238, 0.16012], [-0.11103, 0.10779], [1.40538, -0.20085], [-0.89953, -0.10680], [0.85317, 0.24904], [-0.48888, -0.05191]];
        for (var i = 0; i < 12; i++)
        {
            var ours = fits.KaCl.Subjects.Single(s => s.Id == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(ours.Eta[0] - nlme[i][0], -0.03, 0.03);
            Assert.InRange(ours.Eta[1] - nlme[i][1], -0.01, 0.01);
        }
    }
}
