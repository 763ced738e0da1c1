using Metaverse.Twins.Patient.Organs;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Tests.Patient.Organs;

public class PbpkSystemTests
{
    private static readonly PbpkParameters Oral70 = PbpkParameters.Default with { FractionAbsorbed = 0.7, KaPerH = 0.8 };

    [Fact]
    public void Drug_in_all_compartments_plus_eliminated_equals_the_dose_to_1e_9()
    {
        var record = DosingRecord.Of(new Dose(0, 100, Route.IvBolus), new Dose(3, 200, Route.IvInfusion, 2), new Dose(6, 300, Route.Oral));
        double[] times = [1, 4, 10, 48];
        double[] given = [100, 200, 600, 600];

        var states = PbpkSimulator.Run(Oral70, record, times);

        for (var i = 0; i < times.Length; i++)
        {
            var total = states[i].Sum();
            Assert.True(Math.Abs(total - given[i]) <= 1e-9 * given[i], $"t = {times[i]} h: {total} mg vs {given[i]} mg");
        }

        Assert.True(states[^1][PbpkSystem.EliminatedHepatic] > 0 && states[^1][PbpkSystem.EliminatedRenal] > 0);
        Assert.Equal(0.3 * 300, states[^1][PbpkSystem.Unabsorbed], 6);
    }

    [Fact]
    public void At_infusion_steady_state_tissue_to_plasma_ratios_are_the_partition_coefficients()
    {
        var p = PbpkParameters.Default;
        const double Rate = 10;
        var state = PbpkSimulator.Run(p, DosingRecord.Of(new Dose(0, Rate * 1000, Route.IvInfusion, 1000)), [600])[0];
        var system = new PbpkSystem(p);
        var arterial = system.ArterialPlasma(state);
        var venous = system.VenousPlasma(state);
        var (bp, kp) = (p.Drug.BloodPlasmaRatio, p.Drug.Kp);

        Assert.Equal(Rate / p.PlasmaClearanceLPerH, arterial, 9);
        foreach (var t in new[] { Tissue.Heart, Tissue.Gut, Tissue.Muscle, Tissue.Fat, Tissue.Tumour, Tissue.Rest })
        {
            AssertRelative(kp[(int)t], system.TissueConcentration(state, t) / arterial, t.Name());
        }

        AssertRelative(kp[(int)Tissue.Lung], system.TissueConcentration(state, Tissue.Lung) / venous, "lung (vs mixed venous plasma)");
        var liverEscape = WellStirred.Escaping(p.Body.LiverBloodFlowLPerH, bp, p.HepaticUnboundClearanceLPerH);
        var kidneyEscape = WellStirred.Escaping(p.Body.FlowsLPerH[(int)Tissue.Kidney], bp, p.RenalUnboundClearanceLPerH);
        AssertRelative(kp[(int)Tissue.Liver] * liverEscape, system.TissueConcentration(state, Tissue.Liver) / arterial, "liver × F_H");
        AssertRelative(kp[(int)Tissue.Kidney] * kidneyEscape, system.TissueConcentration(state, Tissue.Kidney) / arterial, "kidney × F_R");
        Assert.True(liverEscape < 0.97 && kidneyEscape < 0.97, "the clearance-organ correction is not negligible here");
    }

    [Fact]
    public void Oral_bioavailability_is_fraction_absorbed_times_the_hepatic_first_pass_escape()
    {
        var iv = PbpkSimulator.Run(Oral70, DosingRecord.Of(new Dose(0, 100, Route.IvBolus)), [500])[0];
        var oral = PbpkSimulator.Run(Oral70, DosingRecord.Of(new Dose(0, 100, Route.Oral)), [500])[0];

        var ratio = oral[PbpkSystem.EliminatedRenal] / iv[PbpkSystem.EliminatedRenal];

        AssertRelative(Oral70.OralBioavailability, ratio, "F");
        Assert.True(Oral70.OralBioavailability < 0.7 * 0.97);
    }

    [Fact]
    public void Invalid_parameters_are_named()
    {
        Assert.Equal("fu", (PbpkParameters.Default with { Drug = OrganDrug.Default with { FractionUnbound = 0 } }).Validate()?.Field);
        Assert.Equal("fa", (PbpkParameters.Default with { FractionAbsorbed = 1.5 }).Validate()?.Field);
        Assert.Equal("fat.kp", (PbpkParameters.Default with { Drug = OrganDrug.Default with { Kp = [1, 1, 1, 1, 1, 1, -2, 1, 1] } }).Validate()?.Field);
        Assert.Null(PbpkParameters.Default.Validate());
        Assert.Throws<ArgumentException>(() => new PbpkSystem(PbpkParameters.Default with { GfrLPerH = double.NaN }));
    }

    private static void AssertRelative(double expected, double actual, string what) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-7 * Math.Abs(expected), $"{what}: {actual} vs {expected}");
}
