using System.Text;
using System.Text.Json;
using Metaverse.Twins.Core;
using Metaverse.Twins.Patient;
using Metaverse.Twins.Patient.Organs;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Tests.Patient;

public class PatientTwinOrganTests
{
    /// <summary>A snapshot written by the format-1 patient twin (commit d8b2070): seed 3, infusion regimen + oral dose, 5.3 h, one sample.</summary>
    private const string Version1Json = """
        {"PseudonymousId":"virtual-3","Covariates":{"WeightKg":98.58222370386011,"AgeYears":35.70820735072767,"Sex":"Female","SerumCreatinineMgPerDl":0.7730997522663625,"CreatinineClearanceMlPerMin":156.99999476842925},"Pk":{"Compartments":2,"ClLPerH":5.929793900006332,"V1L":36.83408644244692,"QLPerH":12.92782390193233,"V2L":84.49904888902294,"KaPerH":0.7121529774423939,"Bioavailability":0.8,"LagH":0.25,"K10PerH":0.16098658804180216},"Effect":{"E0":0,"Emax":100,"Ec50MgPerL":2,"Hill":1},"Biomarker":{"Type":"InhibitProduction","KinPerH":10,"KoutPerH":0.1,"MaxEffect":0.9,"C50MgPerL":2,"Baseline":100},"KdMgPerL":1,"Residual":{"AdditiveSdMgPerL":0.05,"ProportionalSd":0.1},"Random":[291928967087487196,358441250775923751,9255099168578474447,9797767106846033322],"TimeSeconds":18981,"TimeH":5.2725,"SolverStepH":0.13062386780650098,"Y":[2.2372295822291557,69.59498140140272,150.5181177445424,18.15403251565131,107.64967127182574,77.8486306542366],"Pending":[{"TimeH":8,"AmountMg":250,"Route":"IvInfusion","InfusionH":0.5,"FromRegimen":true},{"TimeH":16,"AmountMg":250,"Route":"IvInfusion","InfusionH":0.5,"FromRegimen":true},{"TimeH":24,"AmountMg":250,"Route":"IvInfusion","InfusionH":0.5,"FromRegimen":true},{"TimeH":32,"AmountMg":250,"Route":"IvInfusion","InfusionH":0.5,"FromRegimen":true}],"Infusions":[],"TotalDoseMg":350,"LastLevelMgPerL":1.9019415241791153,"Regimen":"250 mg iv-infusion over 0.5 h every 8 h \u00D7 5"}
        """;

    [Fact]
    public void Publishes_organ_concentrations_and_tumour_weight_after_the_existing_channels()
    {
        var twin = PatientTwin.CreateDefault(4);
        var names = twin.Channels.Select(c => c.Name).ToList();

        Assert.Equal("patient.creatinine_clearance", names[13]);
        foreach (var tissue in TissueNames.All)
        {
            Assert.Contains($"organ.{tissue.Name()}.concentration", names);
        }

        Assert.Equal(["organ.plasma.concentration", "tumour.weight", "tumour.volume"], names.Where(n => n is "organ.plasma.concentration" or "tumour.weight" or "tumour.volume"));
        Assert.Equal("g", twin.Channels[names.IndexOf("tumour.weight")].Unit);
        Assert.Equal(0.1, Read(twin, "tumour.weight"));
        Assert.Equal(0, Read(twin, "organ.liver.concentration"));
    }

    [Fact]
    public void Organ_channels_match_the_pbpk_simulator_for_the_same_doses()
    {
        var twin = PatientTwin.CreateDefault(11);
        twin.Execute(TwinCommand.Of("set-regimen", ("amount_mg", "300"), ("route", "iv-infusion"), ("infusion_h", "1"), ("interval_h", "12"), ("doses", "3")));
        twin.Execute(TwinCommand.Of("dose", ("amount_mg", "200"), ("route", "oral")));
        var (trajectory, error) = TwinRunner.Run(twin, 36 * 3600, 3 * 3600);
        Assert.Null(error);

        var record = DosingRecord.Of(
            new Dose(0, 300, Route.IvInfusion, 1), new Dose(12, 300, Route.IvInfusion, 1), new Dose(24, 300, Route.IvInfusion, 1),
            new Dose(twin.Pk.LagH, 200, Route.Oral));
        var times = trajectory.TimesSeconds.Select(t => t / 3600).ToArray();
        var states = PbpkSimulator.Run(twin.Organs, record, times);
        var system = new PbpkSystem(twin.Organs);
        for (var i = 1; i < times.Length; i++)
        {
            AssertClose(system.VenousPlasma(states[i]), trajectory.Column("organ.plasma.concentration")[i]);
            foreach (var tissue in TissueNames.All)
            {
                AssertClose(system.TissueConcentration(states[i], tissue), trajectory.Column($"organ.{tissue.Name()}.concentration")[i]);
            }
        }

        Assert.True(trajectory.Column("organ.liver.concentration")[4] > 0);
    }

    [Fact]
    public void Untreated_tumour_doubles_in_ln2_over_lambda0_and_treatment_slows_it()
    {
        var untreated = PatientTwin.CreateDefault(2);
        var treated = PatientTwin.CreateDefault(2);
        treated.Execute(TwinCommand.Of("set-regimen", ("amount_mg", "400"), ("route", "oral"), ("interval_h", "12"), ("doses", "20")));
        var doubling = untreated.Tumour.DoublingTimeDays * 86_400;
        foreach (var twin in new[] { untreated, treated })
        {
            for (var t = 0.0; t < doubling; t += 1000)
            {
                twin.Step(Math.Min(1000, doubling - t));
            }
        }

        Assert.Equal(0.2, Read(untreated, "tumour.weight"), 8);
        Assert.Equal(0.2, Read(untreated, "tumour.volume"), 8);
        Assert.True(Read(treated, "tumour.weight") < 0.15);
    }

    [Fact]
    public void A_version_1_snapshot_migrates_with_the_same_drug_in_the_organs_and_a_fresh_tumour()
    {
        var twin = PatientTwin.CreateDefault(99);

        Assert.Null(twin.Restore(new TwinSnapshot("patient", 1, Encoding.UTF8.GetBytes(Version1Json))));

        Assert.Equal(69.59498140140272 / 36.83408644244692, Read(twin, "plasma.concentration"));
        Assert.Equal(0.1, Read(twin, "tumour.weight"));
        var snapshot = twin.Snapshot();
        Assert.Equal(2, snapshot.FormatVersion);
        var organs = JsonDocument.Parse(snapshot.Utf8Json).RootElement.GetProperty("OrganState").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var inBody = organs[PbpkSystem.Venous..PbpkSystem.EliminatedHepatic].Sum();
        Assert.Equal(69.59498140140272 + 150.5181177445424, inBody, 9);
        Assert.Equal(2.2372295822291557 / 0.8, organs[PbpkSystem.Depot], 12);
        Assert.Equal(107.64967127182574, organs[PbpkSystem.EliminatedHepatic] + organs[PbpkSystem.EliminatedRenal], 9);
        Assert.Equal(twin.Organs.PlasmaClearanceLPerH, twin.Pk.ClLPerH, 9);
        var liver = Read(twin, "organ.liver.concentration");
        Assert.Equal(inBody / twin.Organs.SteadyStateVolumeL * twin.Organs.Drug.Kp[(int)Tissue.Liver], liver, 9);

        TwinRunner.Run(twin, 10 * 3600, 600);
        Assert.True(Read(twin, "organ.liver.concentration") > 0);
        Assert.Equal(600, Read(twin, "dose.total")); // 350 mg + the 8 h infusion; 16 h is not reached (5.27 + 10 h)
    }

    [Fact]
    public void Unknown_or_incomplete_snapshots_are_refused_without_change()
    {
        var twin = PatientTwin.CreateDefault(6);
        var before = twin.Snapshot().Utf8Json;
        var v2 = Encoding.UTF8.GetString(before);

        Assert.Equal("format_version", twin.Restore(new TwinSnapshot("patient", 3, before))?.Field);
        Assert.Equal("snapshot", twin.Restore(new TwinSnapshot("patient", 2, Encoding.UTF8.GetBytes(Version1Json)))?.Field);
        Assert.Equal("snapshot", twin.Restore(new TwinSnapshot("patient", 2, Encoding.UTF8.GetBytes(v2.Replace("\"Psi\":20", "\"Psi\":-1", StringComparison.Ordinal))))?.Field);
        Assert.Equal(before, twin.Snapshot().Utf8Json);
    }

    private static double Read(PatientTwin twin, string channel)
    {
        var values = new double[twin.Channels.Count];
        twin.ReadChannels(values);
        return values[twin.Channels.Select(c => c.Name).ToList().IndexOf(channel)];
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= (1e-6 * Math.Abs(expected)) + 1e-9, $"{actual} vs {expected}");
}
