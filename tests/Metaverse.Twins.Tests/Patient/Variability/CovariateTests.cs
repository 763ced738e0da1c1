using Metaverse.Twins.Patient.Pk;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Tests.Patient.Variability;

public class CovariateTests
{
    [Fact]
    public void Cockcroft_gault_matches_worked_examples()
    {
        // (140 − 60) × 72 / (72 × 1.0) = 80 mL/min; women × 0.85 = 68 mL/min.
        Assert.Equal(80, CockcroftGault.ClearanceMlPerMin(60, 72, 1.0, Sex.Male), 12);
        Assert.Equal(68, CockcroftGault.ClearanceMlPerMin(60, 72, 1.0, Sex.Female), 12);
        // (140 − 80) × 50 / (72 × 1.5) = 27.78 mL/min.
        Assert.Equal(27.777777777777779, CockcroftGault.ClearanceMlPerMin(80, 50, 1.5, Sex.Male), 12);
    }

    [Fact]
    public void Allometry_scales_clearance_to_the_three_quarter_power_and_volume_linearly()
    {
        var model = new CovariateModel();
        var heavy = model.Apply(PkParameters.TwoCompartment(10, 20, 4, 40), PatientCovariates.Reference with { WeightKg = 140 });

        Assert.Equal(10 * Math.Pow(2, 0.75), heavy.ClLPerH, 12);
        Assert.Equal(4 * Math.Pow(2, 0.75), heavy.QLPerH, 12);
        Assert.Equal(40, heavy.V1L, 12);
        Assert.Equal(80, heavy.V2L, 12);
    }

    [Fact]
    public void Renal_fraction_scales_clearance_with_creatinine_clearance()
    {
        var model = new CovariateModel(RenalFraction: 0.6, ReferenceCrClMlPerMin: 100);
        var patient = new PatientCovariates(70, 90, Sex.Male, 1.0); // CrCl = 50 × 70 / 72 = 48.61 mL/min

        var individual = model.Apply(PkParameters.OneCompartment(10, 50), patient);

        Assert.Equal(10 * (0.4 + (0.6 * (50.0 * 70 / 72) / 100)), individual.ClLPerH, 12);
    }
}
