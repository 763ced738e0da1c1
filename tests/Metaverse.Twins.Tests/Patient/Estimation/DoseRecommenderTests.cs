using Metaverse.Twins.Patient.Estimation;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Tests.Patient.Estimation;

public class DoseRecommenderTests
{
    private static readonly PkParameters Pk = PkParameters.OneCompartment(clLPerH: 2.8, vL: 32, kaPerH: 1.5);
    private static readonly Dose Oral = new(0, 1, Route.Oral);

    [Theory]
    [InlineData(8.0)]
    [InlineData(12.0)]
    [InlineData(24.0)]
    public void Recommended_dose_reaches_the_target_auc24_at_steady_state(double tau)
    {
        var rec = DoseRecommender.Recommend(Pk, Oral, targetAuc24: 150, targetTrough: null, intervalH: tau).Recommendation!;

        var (auc, _) = Simulate(rec);

        Assert.Equal(150, auc, 1e-6 * 150);
    }

    [Fact]
    public void Recommended_dose_reaches_the_target_trough_at_steady_state()
    {
        var rec = DoseRecommender.Recommend(Pk, Oral, targetAuc24: null, targetTrough: 4, intervalH: 12).Recommendation!;

        var (_, trough) = Simulate(rec);

        Assert.Equal(4, trough, 1e-8);
        Assert.Equal(4, rec.TroughSteadyState, 1e-9);
    }

    [Fact]
    public void With_both_targets_the_interval_is_chosen_to_meet_both()
    {
        var rec = DoseRecommender.Recommend(Pk, Oral, targetAuc24: 150, targetTrough: 4, intervalH: null).Recommendation!;

        var (auc, trough) = Simulate(rec);

        Assert.InRange(rec.IntervalH, 1, 72);
        Assert.Equal(150, auc, 1e-6 * 150);
        Assert.Equal(4, trough, 1e-6);
    }

    [Fact]
    public void No_target_is_an_error_naming_the_flag()
    {
        var (rec, error) = DoseRecommender.Recommend(Pk, Oral, null, null, 12);

        Assert.Null(rec);
        Assert.Equal("target-auc", error!.Field);
    }

    /// <summary>200 doses by the closed-form evaluator: AUC over the last 24 h and the trough before the next dose.</summary>
    private static (double Auc24, double Trough) Simulate(DoseRecommendation rec)
    {
        const int count = 400;
        var record = DosingRecord.Repeated(rec.DoseAmount, Route.Oral, rec.IntervalH, count);
        var pk = new ClosedFormPk(Pk);
        var end = count * rec.IntervalH;
        var k = Math.Ceiling(24 / rec.IntervalH);
        var start = end - (k * rec.IntervalH);
        var auc = (pk.CumulativeAuc(record, end) - pk.CumulativeAuc(record, start)) * 24 / (end - start);
        return (auc, pk.ConcentrationAt(record, end));
    }
}
