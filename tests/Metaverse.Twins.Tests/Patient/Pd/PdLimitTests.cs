using Metaverse.Twins.Patient;
using Metaverse.Twins.Patient.Pd;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Tests.Patient.Pd;

public class PdLimitTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3.5)]
    public void Emax_at_ec50_is_half_emax_above_baseline(double hill)
    {
        var model = new EmaxModel(E0: 10, Emax: 80, Ec50MgPerL: 2.5, Hill: hill);

        Assert.Equal(10 + 40, model.Effect(2.5), 12);
        Assert.Equal(10, model.Effect(0));
        Assert.Equal(90, model.Effect(1e12), 6);
    }

    [Fact]
    public void Receptor_occupancy_is_half_at_kd_and_converts_nanomolar()
    {
        Assert.Equal(0.5, ReceptorOccupancy.Fraction(3, 3), 15);
        Assert.Equal(0.9, ReceptorOccupancy.Fraction(27, 3), 15);
        Assert.Equal(0.45, ReceptorOccupancy.KdMgPerL(1, 450_000), 15); // 1 nmol/L × 450,000 g/mol = 0.45 mg/L
    }

    [Theory]
    [InlineData(IndirectResponseType.InhibitProduction)]
    [InlineData(IndirectResponseType.InhibitLoss)]
    [InlineData(IndirectResponseType.StimulateProduction)]
    [InlineData(IndirectResponseType.StimulateLoss)]
    public void Indirect_response_rests_at_kin_over_kout_and_reaches_its_steady_state_under_infusion(IndirectResponseType type)
    {
        var pd = new IndirectResponseModel(type, KinPerH: 12, KoutPerH: 0.3, MaxEffect: 0.8, C50MgPerL: 2);
        Assert.Equal(40, pd.Baseline, 12);
        Assert.Equal(0, pd.Rate(0, pd.Baseline), 12);

        // A long infusion to steady state: C_ss = R/CL = 20 mg/h / 5 L/h = 4 mg/L.
        var pk = PkParameters.OneCompartment(5, 10);
        var record = DosingRecord.Of(new Dose(0, 20 * 400, Route.IvInfusion, 400));
        var conc = new double[2];
        var response = new double[2];
        new PkPdSimulator().Run(new PkPdSystem(pk, pd), record, [0, 399], conc, response);

        Assert.Equal(40, response[0], 12);
        Assert.Equal(4, conc[1], 9);
        Assert.Equal(pd.SteadyState(4), response[1], 6);
    }
}
