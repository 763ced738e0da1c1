using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Tests.Patient.Pk;

public class ClosedFormVsOdeTests
{
    private static readonly double[] Times = [0, 0.1, 0.5, 1, 1.5, 2, 3, 4.5, 6, 8, 12, 12.25, 13, 18, 24, 30, 36, 48];

    public static TheoryData<string, Route, bool> Cases()
    {
        var data = new TheoryData<string, Route, bool>();
        foreach (var model in new[] { "1cmt", "2cmt" })
        {
            foreach (var route in Enum.GetValues<Route>())
            {
                data.Add(model, route, false);
                data.Add(model, route, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Closed_form_and_ode_agree_to_1e_6_relative(string model, Route route, bool repeated)
    {
        var parameters = model == "1cmt"
            ? PkParameters.OneCompartment(5, 50, kaPerH: 1.2, bioavailability: 0.8, lagH: 0.25)
            : PkParameters.TwoCompartment(5, 30, 12, 80, kaPerH: 1.2, bioavailability: 0.8, lagH: 0.25);
        var record = repeated ? DosingRecord.Repeated(500, route, 12, 4, infusionH: 1.5) : DosingRecord.Of(new Dose(0, 500, route, 1.5));

        AssertAgree(parameters, record);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Oral_absorption_equal_to_elimination_takes_the_limit_not_nan(int compartments)
    {
        // 1-cmt: ka = k = CL/V = 0.1 /h. 2-cmt: ka set to α, then to β.
        var oneCmt = PkParameters.OneCompartment(5, 50, kaPerH: 0.1);
        if (compartments == 1)
        {
            AssertAgree(oneCmt, DosingRecord.Repeated(100, Route.Oral, 8, 3));
            var c = new ClosedFormPk(oneCmt).ConcentrationAt(DosingRecord.Of(new Dose(0, 100, Route.Oral)), 4);
            Assert.Equal(100 * 0.1 * 4 * Math.Exp(-0.4) / 50, c, 14);
            return;
        }

        var twoCmt = PkParameters.TwoCompartment(5, 30, 12, 80);
        var m = MicroConstants.From(twoCmt);
        AssertAgree(twoCmt with { KaPerH = m.Alpha }, DosingRecord.Repeated(100, Route.Oral, 8, 3));
        AssertAgree(twoCmt with { KaPerH = m.Beta }, DosingRecord.Repeated(100, Route.Oral, 8, 3));
    }

    [Fact]
    public void Near_coincident_rates_are_continuous()
    {
        var record = DosingRecord.Of(new Dose(0, 100, Route.Oral));
        var at = new ClosedFormPk(PkParameters.OneCompartment(5, 50, kaPerH: 0.1)).ConcentrationAt(record, 6);
        var near = new ClosedFormPk(PkParameters.OneCompartment(5, 50, kaPerH: 0.1 * (1 + 1e-9))).ConcentrationAt(record, 6);

        Assert.Equal(at, near, 1e-9 * at);
    }

    private static void AssertAgree(PkParameters parameters, DosingRecord record)
    {
        var exact = new double[Times.Length];
        var numeric = new double[Times.Length];
        new ClosedFormPk(parameters).Predict(record, Times, exact);
        new OdePk(parameters).Predict(record, Times, numeric);

        for (var i = 0; i < Times.Length; i++)
        {
            Assert.True(double.IsFinite(exact[i]), $"t = {Times[i]} h: closed form {exact[i]}");
            var tolerance = 1e-6 * Math.Abs(exact[i]) + 1e-15;
            Assert.True(Math.Abs(exact[i] - numeric[i]) <= tolerance, $"t = {Times[i]} h: closed form {exact[i]:R}, ODE {numeric[i]:R}");
        }
    }
}
