using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Tests.Patient.Pk;

public class ExponentialSumTests
{
    [Theory]
    [InlineData(1, Route.IvBolus)]
    [InlineData(1, Route.Oral)]
    [InlineData(2, Route.IvBolus)]
    [InlineData(2, Route.Oral)]
    public void Vectorised_macro_constant_sum_matches_the_closed_form(int compartments, Route route)
    {
        var p = new PkParameters(compartments, 5, 30, 10, 60, 1.3, 0.7, 0.4);
        var dose = new Dose(2, 300, route);
        var times = Enumerable.Range(0, 203).Select(i => i * 0.25).ToArray();
        var fast = new double[times.Length];

        ExponentialSum.TryCreate(p, dose)!.AddTo(times, fast);

        var exact = new ClosedFormPk(p);
        var record = DosingRecord.Of(dose);
        for (var i = 0; i < times.Length; i++)
        {
            var expected = exact.ConcentrationAt(record, times[i]);
            Assert.True(Math.Abs(fast[i] - expected) <= 1e-10 * Math.Abs(expected) + 1e-15, $"t = {times[i]}: {fast[i]} vs {expected}");
        }
    }

    [Fact]
    public void Coincident_rates_are_refused_so_callers_use_the_limit_form()
    {
        Assert.Null(ExponentialSum.TryCreate(PkParameters.OneCompartment(5, 50, kaPerH: 0.1), new Dose(0, 100, Route.Oral)));
        Assert.Null(ExponentialSum.TryCreate(PkParameters.OneCompartment(5, 50), new Dose(0, 100, Route.IvInfusion, 1)));
    }
}
