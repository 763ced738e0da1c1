using Metaverse.Twins.Numerics;
using P = Metaverse.Twins.Plant.Bioreactor.BioreactorParameters;
using S = Metaverse.Twins.Plant.Bioreactor.CultureState;

namespace Metaverse.Twins.Plant.Bioreactor;

/// <summary>
/// The right-hand side: Xing et al. (2010) fed-batch kinetics (Monod growth on glucose and glutamine,
/// lactate/ammonia inhibition and death, maintenance, glutamine degradation, ammonia removal), a
/// constant specific productivity, feed dilution, three first-order plants (jacket temperature, pH by
/// base/CO2, dissolved oxygen by kLa) and an optional bacterial contaminant. Time in hours.
/// Actuator outputs and the feed rate are held constant by the caller during one controller sample.
/// </summary>
internal sealed class CultureModel(double[] parameters) : IOdeSystem
{
    /// <summary>Growth-optimal temperature, Cel, and width of the Gaussian growth factor, K.</summary>
    public const double ReferenceTemperature = 36.5;

    /// <summary>Air-saturated dissolved oxygen at 37 °C, mmol/L.</summary>
    public const double OxygenSaturation = 0.21;

    /// <summary>Saturation constant of ammonia removal, mmol/L (keeps ammonia ≥ 0; not in Xing 2010).</summary>
    public const double AmmoniaRemovalSaturation = 0.1;

    private const double TemperatureWidth = 4;
    private const double PhOptimum = 7.0;
    private const double PhWidth = 0.3;
    private const double JacketBase = 20;
    private const double JacketSpan = 30;
    private const double TemperatureTimeConstant = 0.5;
    private const double PhTimeConstant = 0.5;
    private const double PhActuatorSpan = 0.3;
    private const double PhPerAcid = 0.01;
    private const double KlaMin = 1;
    private const double KlaMax = 60;
    private const double ContaminantGrowth = 0.5;
    private const double ContaminantGlucoseK = 0.5;
    private const double ContaminantGlucoseUptake = 5e-11;
    private const double ContaminantAcid = 3e-10;
    private const double ContaminantOxygen = 1e-10;
    private const double ContaminantKill = 0.05;
    private const double ContaminantKillHalf = 10;

    public double[] Parameters => parameters;

    /// <summary>Heater output 0–1, base (+) / CO2 (−) output −1–1, oxygen output 0–1, feed L/h.</summary>
    public double Heater { get; set; }

    public double Base { get; set; }

    public double Oxygen { get; set; }

    public double FeedRate { get; set; }

    /// <summary>Specific growth rate μ, 1/h, at the given state.</summary>
    public double GrowthRate(ReadOnlySpan<double> y)
    {
        var (glc, gln) = (Math.Max(0, y[S.Glucose]), Math.Max(0, y[S.Glutamine]));
        var (lac, amm) = (Math.Max(0, y[S.Lactate]), Math.Max(0, y[S.Ammonia]));
        var p = parameters;
        var monod = glc / (p[P.KGlc] + glc) * (gln / (p[P.KGln] + gln));
        var inhibition = p[P.KILac] / (p[P.KILac] + lac) * (p[P.KIAmm] / (p[P.KIAmm] + amm));
        return p[P.MuMax] * monod * inhibition * EnvironmentFactor(y);
    }

    /// <summary>Specific death rate μd, 1/h: Xing's lactate/ammonia term plus pH, heat and contaminant stress.</summary>
    public double DeathRate(ReadOnlySpan<double> y)
    {
        var (lac, amm) = (Math.Max(0, y[S.Lactate]), Math.Max(0, y[S.Ammonia]));
        var p = parameters;
        var xing = p[P.MuDeathMax] * (lac / (p[P.KDLac] + lac)) * (amm / (p[P.KDAmm] + amm));
        var phStress = 0.2 * Math.Max(0, Math.Abs(y[S.Ph] - PhOptimum) - PhWidth);
        var heatStress = 0.02 * Math.Max(0, y[S.Temperature] - 39);
        var bacteria = Math.Max(0, y[S.Contaminant]);
        return xing + phStress + heatStress + (ContaminantKill * bacteria / (ContaminantKillHalf + bacteria));
    }

    public int Dimension => CultureState.Count;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var p = parameters;
        var xv = Math.Max(0, y[S.Viable]);
        var volume = y[S.Volume];
        var dilution = FeedRate / volume;
        var (glc, gln, amm) = (Math.Max(0, y[S.Glucose]), Math.Max(0, y[S.Glutamine]), Math.Max(0, y[S.Ammonia]));
        var mu = GrowthRate(y);
        var cells = S.CellsPerLitre * xv;
        var glucoseSaturation = glc / (p[P.KGlc] + glc);
        var glutamineSaturation = gln / (p[P.A2] + gln);
        var removalSaturation = amm / (AmmoniaRemovalSaturation + amm);
        var glucoseUptake = ((mu / p[P.YieldXGlc]) + (p[P.MaintenanceGlc] * glucoseSaturation)) * cells;
        var glutamineUptake = ((mu / p[P.YieldXGln]) + (p[P.A1] * glutamineSaturation)) * cells;
        var bacteria = Math.Max(0, y[S.Contaminant]);
        var bacteriaGrowth = ContaminantGrowth * glc / (ContaminantGlucoseK + glc);
        var acid = ContaminantAcid * S.CellsPerLitre * bacteria;
        var lactateFormation = p[P.YieldLacGlc] * mu / p[P.YieldXGlc] * cells;

        dydt[S.Viable] = ((mu - DeathRate(y)) * xv) - (dilution * y[S.Viable]);
        dydt[S.Total] = (mu * xv) - (dilution * y[S.Total]);
        dydt[S.Glucose] = -glucoseUptake - (ContaminantGlucoseUptake * S.CellsPerLitre * bacteria * glc / (ContaminantGlucoseK + glc)) + (dilution * (p[P.FeedGlc] - y[S.Glucose]));
        dydt[S.Glutamine] = -glutamineUptake - (p[P.GlnDegradation] * gln) + (dilution * (p[P.FeedGln] - y[S.Glutamine]));
        dydt[S.Lactate] = lactateFormation - (dilution * y[S.Lactate]);
        dydt[S.Ammonia] = (p[P.YieldAmmGln] * glutamineUptake) + (p[P.GlnDegradation] * gln) - (p[P.AmmRemoval] * removalSaturation * cells) - (dilution * y[S.Ammonia]);
        dydt[S.Titer] = (p[P.QmAb] * xv) - (dilution * y[S.Titer]);
        dydt[S.Volume] = FeedRate;
        dydt[S.Temperature] = (JacketBase + (JacketSpan * Heater) - y[S.Temperature]) / TemperatureTimeConstant;
        dydt[S.Ph] = ((PhOptimum + (PhActuatorSpan * Base) - y[S.Ph]) / PhTimeConstant) - (PhPerAcid * (lactateFormation + acid));
        var uptake = (p[P.OxygenUptake] * cells) + (ContaminantOxygen * S.CellsPerLitre * bacteria);
        var kla = KlaMin + ((KlaMax - KlaMin) * Oxygen);
        dydt[S.DissolvedOxygen] = (kla * (100 - y[S.DissolvedOxygen])) - (100 * uptake / OxygenSaturation);
        dydt[S.Contaminant] = (bacteriaGrowth * bacteria) - (dilution * y[S.Contaminant]);
        dydt[S.ViableVolumeIntegral] = xv * volume;
        dydt[S.GlucoseMaintenanceIntegral] = xv * volume * glucoseSaturation;
        dydt[S.GlutamineMaintenanceIntegral] = xv * volume * glutamineSaturation;
        dydt[S.GlutamineVolumeIntegral] = gln * volume;
        dydt[S.AmmoniaRemovalIntegral] = xv * volume * removalSaturation;
        dydt[S.ViableIntegral] = xv;
        dydt[S.GlucoseFed] = FeedRate * p[P.FeedGlc];
        dydt[S.GlutamineFed] = FeedRate * p[P.FeedGln];
    }

    /// <summary>Temperature, pH and oxygen factors on growth (1 at the optimum; DO limits below 20 % saturation).</summary>
    private static double EnvironmentFactor(ReadOnlySpan<double> y)
    {
        var dt = (y[S.Temperature] - ReferenceTemperature) / TemperatureWidth;
        var dph = (y[S.Ph] - PhOptimum) / PhWidth;
        var o2 = Math.Max(0, y[S.DissolvedOxygen]);
        var oxygen = Math.Min(1, o2 * (2 + 20) / (20 * (2 + o2)));
        return Math.Exp(-0.5 * ((dt * dt) + (dph * dph))) * oxygen;
    }
}
