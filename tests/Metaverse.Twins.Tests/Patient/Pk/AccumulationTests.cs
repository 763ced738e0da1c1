using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Tests.Patient.Pk;

public class AccumulationTests
{
    [Theory]
    [InlineData(Route.IvBolus, 0)]
    [InlineData(Route.Oral, 0.5)]
    public void Steady_state_over_first_dose_ratio_is_one_over_one_minus_exp_minus_k_tau(Route route, double lagH)
    {
        const double K = 0.1;
        const double Tau = 8;
        // ka = 3 /h: absorption is complete (e^(−ka·τ) ≈ 4e-11) by the trough, where the index applies to oral doses too.
        var parameters = PkParameters.OneCompartment(5, 50, kaPerH: 3, lagH: lagH);
        var model = new ClosedFormPk(parameters);
        var first = DosingRecord.Of(new Dose(0, 100, route));
        var many = DosingRecord.Repeated(100, route, Tau, 60);

        // Trough just before the next dose (single-dose value at τ vs the 60th dose's trough), and the ratio of AUCs over one interval.
        var expected = 1 / (1 - Math.Exp(-K * Tau));
        var atTau = model.ConcentrationAt(first, Tau);
        var steady = model.ConcentrationAt(many, (59 * Tau) + Tau);
        Assert.Equal(expected, steady / atTau, 1e-9);
        var aucFirst = model.CumulativeAuc(first, Tau);
        var aucSteady = model.CumulativeAuc(many, 60 * Tau) - model.CumulativeAuc(many, 59 * Tau);
        Assert.Equal(1, aucSteady / (100 / parameters.ClLPerH), 1e-9);
        Assert.True(aucFirst < aucSteady);
    }

    [Fact]
    public void Ode_reaches_the_same_accumulation_ratio()
    {
        var parameters = PkParameters.OneCompartment(5, 50);
        var many = DosingRecord.Repeated(100, Route.IvBolus, 8, 60);
        var conc = new double[2];

        new OdePk(parameters).Predict(many, [7.999999, 479.999999], conc);

        Assert.Equal(1 / (1 - Math.Exp(-0.8)), conc[1] / conc[0], 1e-6);
    }
}
