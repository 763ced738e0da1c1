namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// Electric energy of the line by unit operation (three feeders, blender, press with a speed-dependent
/// part, auxiliaries), integrated while running: E = Σ P·t, kWh; CO2e = E × emission factor.
/// </summary>
public sealed class EnergyMeter
{
    /// <summary>Energy used, kWh.</summary>
    public double Kwh { get; set; }

    /// <summary>Power while running, kW.</summary>
    public static double Power(ReadOnlySpan<double> p) =>
        (Ingredient.Count * p[CdcParameters.FeederPower]) + p[CdcParameters.BlenderPower]
        + p[CdcParameters.PressIdlePower] + (p[CdcParameters.PressPowerPerRpm] * p[CdcParameters.TurretSpeed])
        + p[CdcParameters.AuxiliaryPower];

    public void Run(ReadOnlySpan<double> p, double h) => Kwh += Power(p) * h / 3600;
}
