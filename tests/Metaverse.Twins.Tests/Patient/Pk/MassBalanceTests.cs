using Metaverse.Twins.Patient;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Tests.Patient.Pk;

public class MassBalanceTests
{
    [Theory]
    [InlineData(1, Route.IvBolus)]
    [InlineData(1, Route.IvInfusion)]
    [InlineData(2, Route.IvBolus)]
    [InlineData(2, Route.IvInfusion)]
    public void Eliminated_plus_in_body_equals_the_iv_dose(int compartments, Route route)
    {
        var parameters = new PkParameters(compartments, 4, 25, 10, 60);
        var record = DosingRecord.Repeated(300, route, 6, 3, infusionH: 2);
        var ode = new OdePk(parameters);

        foreach (var t in new[] { 1.0, 5, 9, 20, 72 })
        {
            var state = ode.StateAt(record, t);
            var given = record.Doses.Sum(d => d.AmountMg * Math.Clamp((t - d.TimeH) / (route == Route.IvInfusion ? 2 : 1e-300), 0, 1));
            var inBody = state[PkPdSystem.Central] + state[PkPdSystem.Peripheral];
            Assert.Equal(given, inBody + state[PkPdSystem.Eliminated], 1e-8 * given);
            Assert.Equal(state[PkPdSystem.Eliminated], parameters.ClLPerH * state[PkPdSystem.Auc], 1e-8 * given);
        }
    }

    [Fact]
    public void Total_auc_of_an_oral_dose_is_f_times_dose_over_cl()
    {
        var parameters = PkParameters.TwoCompartment(4, 25, 10, 60, kaPerH: 0.7, bioavailability: 0.6, lagH: 0.5);
        var record = DosingRecord.Of(new Dose(0, 200, Route.Oral));

        var auc = new OdePk(parameters).StateAt(record, 2000)[PkPdSystem.Auc];

        Assert.Equal(0.6 * 200 / 4, auc, 1e-6);
        Assert.Equal(auc, new ClosedFormPk(parameters).CumulativeAuc(record, 2000), 1e-9);
    }
}
