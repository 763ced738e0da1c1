using Metaverse.Twins.Patient.Trial;

namespace Metaverse.Twins.Tests.Patient.Trial;

public class TrialSimulatorTests
{
    [Fact]
    public void Without_variability_every_subject_has_the_closed_form_exposure()
    {
        // 100 mg IV bolus, CL 5 L/h, V 50 L: C = 2·e^(−0.1 t) mg/L; C ≥ 1 mg/L for 10·ln 2 = 6.93 h of 24 h (28.9 %).
        var spec = Spec(subjects: 5, iiv: new TrialIivSpec()) with
        {
            Metrics = new TrialMetricsSpec { FromH = 0, ToH = 24, MicMgPerL = 1, TargetAucOverMic = 17, TargetPercentTimeAboveMic = 30, ToxicityCmaxMgPerL = 1.9 },
        };

        var arm = TrialSimulator.Run(spec).Arms[0];

        var auc = 20 * (1 - Math.Exp(-2.4));
        Assert.All(arm.Subjects, s =>
        {
            Assert.Equal(2, s.Exposure.CmaxMgPerL, 12);
            Assert.Equal(0, s.Exposure.TmaxH);
            Assert.Equal(2 * Math.Exp(-2.4), s.Exposure.CminMgPerL, 12);
            Assert.Equal(auc, s.Exposure.AucMgHPerL, 10);
            Assert.Equal(10 * Math.Log(2), s.Exposure.TimeAboveH, 4);
        });
        Assert.Equal(1, arm.PtaAucOverMic);      // AUC/MIC = 18.19 ≥ 17
        Assert.Equal(0, arm.PtaTimeAboveMic);    // 28.9 % < 30 %
        Assert.Equal(0, arm.PtaBoth);
        Assert.Equal(1, arm.FractionToxic);      // Cmax 2 > 1.9
        Assert.Equal(arm.P05MgPerL, arm.P95MgPerL);
        Assert.Equal(2 * Math.Exp(-0.1), arm.P50MgPerL[2], 12);
    }

    [Fact]
    public void Target_attainment_with_iiv_on_clearance_matches_the_log_normal_probability()
    {
        // AUC(0–∞) = D/CL_i with ln CL_i ~ N(ln 5, 0.09): P(AUC ≥ 25) = Φ(ln(100/(25·5))/0.3) = Φ(−0.744) = 0.2285.
        var spec = Spec(subjects: 4000, iiv: new TrialIivSpec { Parameters = ["cl"], Omega = [[0.09]] }) with
        {
            Metrics = new TrialMetricsSpec { FromH = 0, ToH = 2000, MicMgPerL = 1, TargetAucOverMic = 25 },
        };

        var arm = TrialSimulator.Run(spec).Arms[0];

        Assert.Equal(0.2285, arm.PtaAucOverMic, 0.02);
        Assert.True(arm.P05MgPerL[10] < arm.P50MgPerL[10] && arm.P50MgPerL[10] < arm.P95MgPerL[10]);
    }

    [Fact]
    public void Same_seed_same_trial_and_bad_specs_name_the_field()
    {
        var json = """
            {"seed": 9, "subjects_per_arm": 20, "model": {"compartments": 1, "cl_L_per_h": 5, "v1_L": 50, "ka_per_h": 1},
             "arms": [{"name": "a", "route": "oral", "dose_mg": 100}], "iiv": {"parameters": ["cl"], "omega": [[0.1]]}}
            """;
        var (spec, error) = TrialSpec.Parse(json);
        Assert.Null(error);
        Assert.Equal(
            TrialSimulator.Run(spec!).Arms[0].Subjects.Select(s => s.Exposure.AucMgHPerL),
            TrialSimulator.Run(spec!).Arms[0].Subjects.Select(s => s.Exposure.AucMgHPerL));

        Assert.Equal("model.ka", TrialSpec.Parse(json.Replace("\"ka_per_h\": 1", "\"ka_per_h\": 0", StringComparison.Ordinal)).Error?.Field);
        Assert.Equal("model.v", TrialSpec.Parse(json.Replace("\"v1_L\": 50", "\"v1_L\": -5", StringComparison.Ordinal)).Error?.Field);
        Assert.Equal("arms[a].route", TrialSpec.Parse(json.Replace("oral", "rectal", StringComparison.Ordinal)).Error?.Field);
        Assert.NotNull(TrialSpec.Parse(json.Replace("\"seed\"", "\"sede\"", StringComparison.Ordinal)).Error);
    }

    private static TrialSpec Spec(int subjects, TrialIivSpec iiv) => new()
    {
        Seed = 4,
        SubjectsPerArm = subjects,
        UseCovariates = false,
        Model = new TrialModelSpec { Compartments = 1, ClLPerH = 5, V1L = 50 },
        Iiv = iiv,
        Arms = [new TrialArmSpec { Name = "100 mg iv", Route = "iv-bolus", DoseMg = 100, Doses = 1 }],
        Sampling = new TrialSamplingSpec { EndH = 24, StepH = 0.5 },
    };
}
