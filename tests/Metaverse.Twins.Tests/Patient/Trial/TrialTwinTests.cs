using Metaverse.Twins.Core;
using Metaverse.Twins.Patient.Trial;

namespace Metaverse.Twins.Tests.Patient.Trial;

public class TrialTwinTests
{
    public const string Spec = """
        {
          "seed": 7, "subjects_per_arm": 40,
          "model": { "compartments": 1, "cl_L_per_h": 5, "v1_L": 50 },
          "iiv": { "parameters": ["cl"], "omega": [[0.09]] },
          "arms": [
            { "name": "500 mg IV q12h", "route": "iv-bolus", "dose_mg": 500, "interval_h": 12, "doses": 2 },
            { "name": "1000 mg IV q24h", "route": "iv-bolus", "dose_mg": 1000, "interval_h": 24, "doses": 1 }
          ],
          "sampling": { "end_h": 24, "step_h": 1 },
          "metrics": { "from_h": 0, "to_h": 24, "mic_mg_per_L": 2, "target_auc_over_mic": 50, "target_percent_time_above_mic": 50, "toxicity_cmax_mg_per_L": 15 }
        }
        """;

    private static TrialTwin Twin() => TrialTwin.Create(Spec).Twin!;

    private static double[] Read(TrialTwin twin)
    {
        var values = new double[twin.Channels.Count];
        twin.ReadChannels(values);
        return values;
    }

    [Fact]
    public void Each_arm_publishes_its_band_at_the_current_time_and_its_summaries()
    {
        var twin = Twin();
        twin.Step(3 * 3600);

        var values = Read(twin);
        var arm = twin.Result.Arms[1];
        Assert.Equal(16, twin.Channels.Count);
        Assert.Equal("arm2.p50", twin.Channels[9].Name);
        Assert.Equal((arm.P05MgPerL[3], arm.P50MgPerL[3], arm.P95MgPerL[3]), (values[8], values[9], values[10]));
        Assert.Equal(100 * arm.PtaBoth, values[11]);
        Assert.Equal(100 * arm.FractionToxic, values[14]);
        Assert.True(values[8] <= values[9] && values[9] <= values[10]);
    }

    [Fact]
    public void Between_grid_times_the_band_is_interpolated_and_past_the_end_it_holds()
    {
        var twin = Twin();
        var arm = twin.Result.Arms[0];

        twin.Step(2.5 * 3600);
        Assert.Equal((arm.P50MgPerL[2] + arm.P50MgPerL[3]) / 2, Read(twin)[1], 12);

        twin.Step(100 * 3600);
        Assert.Equal(arm.P50MgPerL[^1], Read(twin)[1]);
    }

    [Fact]
    public void A_snapshot_restores_the_clock_and_refuses_another_trial()
    {
        var twin = Twin();
        twin.Step(5000);
        var snapshot = twin.Snapshot();
        var other = TrialTwin.Create(Spec.Replace("\"seed\": 7", "\"seed\": 8", StringComparison.Ordinal)).Twin!;
        var copy = Twin();

        Assert.Null(copy.Restore(snapshot));
        Assert.Equal(Read(twin), Read(copy));
        Assert.Equal("snapshot", other.Restore(snapshot)!.Field);
    }

    [Fact]
    public void A_bad_spec_is_refused_naming_the_field() =>
        Assert.NotNull(TrialTwin.Create(Spec.Replace("\"subjects_per_arm\": 40", "\"subjects_per_arm\": -1", StringComparison.Ordinal)).Error);

    [Fact]
    public void Commands_other_than_time_scale_are_refused() =>
        Assert.Equal("action", Twin().Prepare(TwinCommand.Of("dose")).Error!.Field);
}
