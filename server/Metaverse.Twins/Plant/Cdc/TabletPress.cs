using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// The rotary tablet press (SI units). Die fill: W = fill depth × die area × poured bulk density of
/// the blend in the feed frame (1/ρ_b = Σ x_i/ρ_i). Each 1 s tick one tablet is sampled: its weight
/// varies by the die-fill RSD and its punch gap by the wear-dependent punch-length SD, which sets its
/// compression force through Heckel. An integral controller trims the fill depth to hold the weight.
/// </summary>
public sealed class TabletPress
{
    /// <summary>Fill depth, m.</summary>
    public double FillDepth { get; set; }

    /// <summary>Mean tablet weight at the current fill depth and blend, kg.</summary>
    public double Weight { get; set; }

    /// <summary>Filtered weight measurement the weight controller sees (τ = 10 s), kg.</summary>
    public double MeasuredWeight { get; set; }

    /// <summary>Weight of this tick's sampled tablet, kg.</summary>
    public double SampleWeight { get; set; }

    /// <summary>Compression force of this tick's sampled tablet, N.</summary>
    public double Force { get; set; }

    /// <summary>Porosity after ejection of the mean tablet, 1.</summary>
    public double Porosity { get; set; }

    /// <summary>Tensile strength of the mean tablet, Pa.</summary>
    public double Tensile { get; set; }

    /// <summary>Diametral breaking force (hardness) of the mean tablet, N.</summary>
    public double Hardness { get; set; }

    /// <summary>Tablets produced, count (fractional while a tablet is being completed).</summary>
    public double Tablets { get; set; }

    /// <summary>Tablets per second during the last step.</summary>
    public double Rate { get; set; }

    /// <summary>Die area, m².</summary>
    public static double DieArea(ReadOnlySpan<double> p) => Math.PI * Square(p[CdcParameters.DieDiameter] * 1e-3) / 4;

    /// <summary>Poured bulk density of a blend with mass fractions <paramref name="x"/>, kg/m³.</summary>
    public static double BulkDensity(ReadOnlySpan<double> p, ReadOnlySpan<double> x)
    {
        var inverse = 0.0;
        for (var c = 0; c < Ingredient.Count; c++)
        {
            inverse += x[c] / (p[CdcParameters.BulkDensity + c] * 1000);
        }

        return 1 / inverse;
    }

    /// <summary>Demand of the press, tablets per second.</summary>
    public static double TabletsPerSecond(ReadOnlySpan<double> p) => p[CdcParameters.TurretSpeed] * p[CdcParameters.Stations] / 60;

    /// <summary>Sets the fill depth that gives the target weight for a blend <paramref name="x"/>.</summary>
    public void Setup(ReadOnlySpan<double> p, ReadOnlySpan<double> x)
    {
        FillDepth = p[CdcParameters.TargetWeight] * 1e-6 / (DieArea(p) * BulkDensity(p, x));
        Weight = MeasuredWeight = p[CdcParameters.TargetWeight] * 1e-6;
    }

    /// <summary>Samples this tick's tablet for a blend <paramref name="x"/> and a punch-length SD (m); runs the weight loop.</summary>
    public void BeginTick(ReadOnlySpan<double> p, ReadOnlySpan<double> x, double punchSd, bool control, TwinRandom random)
    {
        var area = DieArea(p);
        var thickness = p[CdcParameters.Thickness] * 1e-3;
        var trueDensity = p[CdcParameters.TrueDensity] * 1000;
        Weight = FillDepth * area * BulkDensity(p, x);
        var sample = SampleWeight = Weight * (1 + (p[CdcParameters.WeightRsd] / 100 * random.NextGaussian()));
        var gap = Math.Max(0.2 * thickness, thickness + (punchSd * random.NextGaussian()));
        var pressure = Compaction.HeckelPressure(sample / (trueDensity * area * gap), p[CdcParameters.HeckelK], p[CdcParameters.HeckelA]);
        Force = pressure * area;
        var outThickness = thickness * (1 + (p[CdcParameters.ElasticRecovery] / 100));
        Porosity = Compaction.Porosity(Weight, trueDensity, area * outThickness);
        var sigma0 = p[CdcParameters.Sigma0] * 1e6 * Math.Exp(-p[CdcParameters.LubricantSensitivity] * x[Ingredient.Lubricant]);
        Tensile = Compaction.TensileStrength(sigma0, p[CdcParameters.PorositySensitivity], Porosity);
        Hardness = Compaction.BreakingForce(Tensile, p[CdcParameters.DieDiameter] * 1e-3, outThickness);
        MeasuredWeight += (1 - Math.Exp(-0.1)) * (sample - MeasuredWeight);
        if (control)
        {
            var target = p[CdcParameters.TargetWeight] * 1e-6;
            var gain = 1 + ((target - MeasuredWeight) / target / p[CdcParameters.WeightIntegralTime]);
            FillDepth = Math.Clamp(FillDepth * gain, 1e-4, 0.05);
        }
    }

    private static double Square(double x) => x * x;
}
