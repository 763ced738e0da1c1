using Metaverse.Twins.Patient.Organs;
using Metaverse.Twins.Patient.Pk;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Tests.Patient.Organs;

public class PhysiologyTests
{
    [Theory]
    [InlineData(70)]
    [InlineData(45)]
    [InlineData(130)]
    public void Systemic_flows_add_up_to_cardiac_output_and_volumes_to_body_weight(double weightKg)
    {
        var body = Physiology.ForBodyWeight(weightKg);

        var systemic = body.FlowsLPerH.Sum() - body.CardiacOutputLPerH;
        var volume = body.VolumesL.Sum() + body.ArterialBloodL + body.VenousBloodL;

        Assert.Equal(body.CardiacOutputLPerH, systemic, 9);
        Assert.Equal(weightKg, volume, 9);
        Assert.All(body.FlowsLPerH.Concat(body.VolumesL), v => Assert.True(v > 0));
        Assert.Equal(390 * Math.Pow(weightKg / 70, 0.75), body.CardiacOutputLPerH, 9);
    }

    [Fact]
    public void Reference_adult_has_the_tabulated_liver_kidney_and_blood_values()
    {
        var body = Physiology.Reference;

        Assert.Equal(0.255 * 390, body.LiverBloodFlowLPerH, 9);
        Assert.Equal(0.19 * 390, body.FlowsLPerH[(int)Tissue.Kidney], 9);
        Assert.Equal(1.799, body.VolumesL[(int)Tissue.Liver], 9);
        Assert.Equal(5.53, body.ArterialBloodL + body.VenousBloodL, 9);
        Assert.InRange(PbpkParameters.Default.SteadyStateVolumeL, 80, 95);
    }

    [Fact]
    public void Patient_pbpk_has_the_individual_clearance_and_oral_bioavailability()
    {
        var covariates = new PatientCovariates(82, 61, Sex.Female, 1.4);
        var pk = PkParameters.TwoCompartment(7.5, 30, 10, 60, kaPerH: 1.3, bioavailability: 0.8);

        var p = PatientPbpk.For(covariates, pk, new CovariateModel(0.4), OrganDrug.Default);

        Assert.Null(p.Validate());
        Assert.Equal(pk.ClLPerH, p.PlasmaClearanceLPerH, 9);
        Assert.Equal(0.8, p.OralBioavailability, 12);
        Assert.Equal(covariates.CreatinineClearanceMlPerMin * 0.06, p.GfrLPerH, 12);
        var relative = covariates.CreatinineClearanceMlPerMin / 100;
        Assert.Equal(pk.ClLPerH * 0.4 * relative / (0.6 + (0.4 * relative)), p.RenalPlasmaClearanceLPerH, 9);
        Assert.Equal(82, p.Body.BodyWeightKg);
    }
}
