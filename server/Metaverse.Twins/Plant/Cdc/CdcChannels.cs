using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// The channels a CDC line publishes, in the order <see cref="Read"/> writes them. Units are UCUM
/// ("1" for flags and ratios, "{tablets}" for counts); deadbands suit replication at 30 Hz.
/// </summary>
public static class CdcChannels
{
    public static IReadOnlyList<ChannelSpec> All { get; } =
    [
        new("line.running", "1", "1 while the line runs, 0 when stopped or failed"),
        new("feeder.api.flow", "kg/h", "API feeder delivered mass flow", 0.01),
        new("feeder.excipient.flow", "kg/h", "excipient feeder delivered mass flow", 0.05),
        new("feeder.lubricant.flow", "kg/h", "lubricant feeder delivered mass flow", 0.002),
        new("feeder.api.level", "kg", "API hopper content", 0.01),
        new("feeder.excipient.level", "kg", "excipient hopper content", 0.05),
        new("feeder.lubricant.level", "kg", "lubricant hopper content", 0.005),
        new("feeder.refilling", "1", "number of feeders being refilled"),
        new("control.api_trim", "%", "API feeder setpoint trim from the concentration loop", 0.1),
        new("blender.holdup", "kg", "mass in the blender", 0.001),
        new("blender.api", "%", "true API mass fraction at the blender outlet", 0.01),
        new("nir.api", "%", "NIR reading of the API mass fraction", 0.01),
        new("divert.predicted_api", "%", "API fraction at the outlet predicted by the RTD soft sensor", 0.01),
        new("divert.active", "1", "1 while material is diverted to waste"),
        new("divert.mass", "kg", "material diverted so far", 0.001),
        new("press.hopper", "kg", "press feed hopper holdup", 0.001),
        new("press.api", "%", "API mass fraction of the blend in the feed frame", 0.01),
        new("press.fill_depth", "mm", "die fill depth", 0.001),
        new("press.tablet_weight", "mg", "mean tablet weight", 0.1),
        new("press.compression_force", "kN", "main compression force of the sampled tablet", 0.05),
        new("press.force_rsd", "%", "compression-force variability (EWMA of the relative deviation)", 0.05),
        new("press.porosity", "%", "tablet porosity after ejection", 0.05),
        new("press.tensile_strength", "MPa", "tablet tensile strength σ = 2F/(πDh)", 0.01),
        new("press.hardness", "N", "diametral breaking force", 0.5),
        new("press.throughput", "{tablets}/h", "tablets per hour", 100),
        new("press.tablets", "{tablets}", "tablets produced", 1),
        new("release.lot", "{lot}", "current lot number"),
        new("release.n", "{tablets}", "tablets assayed in the current lot"),
        new("release.mean", "%", "mean content of the current lot, % label claim", 0.01),
        new("release.rsd", "%", "content RSD of the current lot", 0.01),
        new("release.av", "1", "USP <905> acceptance value of the current lot", 0.01),
        new("release.last_av", "1", "acceptance value of the last closed lot", 0.01),
        new("health.wear", "%", "true punch and bearing wear (training view; 100 % = failure)", 0.1),
        new("health.wear_estimate", "%", "monitoring's wear estimate", 0.1),
        new("health.vibration_rms", "m/s2", "press vibration RMS (EWMA)", 0.01),
        new("health.kurtosis", "1", "press vibration kurtosis (EWMA)", 0.01),
        new("health.anomaly_score", "1", "largest EWMA z-score of the health features", 0.1),
        new("health.rul", "h", "remaining useful life estimate", 0.1),
        new("health.alert", "1", "1 when maintenance is due: RUL at or below health.alert_rul"),
        new("health.failed", "1", "1 after the press failed (maintenance needed)"),
        new("energy.power", "kW", "electric power of the line", 0.01),
        new("energy.kwh", "kW.h", "energy used", 0.01),
        new("energy.co2e", "kg", "greenhouse-gas emissions, kg CO2e", 0.01),
        new("energy.kwh_per_1000", "kW.h", "energy per 1,000 tablets", 0.001),
        new("energy.co2e_per_1000", "kg", "kg CO2e per 1,000 tablets", 0.001),
        new("mass.fed", "kg", "material fed by the feeders", 0.001),
        new("mass.tablets", "kg", "material compressed into tablets", 0.001),
        new("mass.holdup", "kg", "material in the blender and press hopper", 0.001),
        new("blender.outflow", "kg", "material that left the blender", 0.001),
        new("fault.active", "1", "active training faults: 1 feeder bridging + 2 NIR drift"),
        new("health.anomaly", "1", "1 while a health feature's EWMA z-score exceeds health.anomaly_threshold"),
    ];

    /// <summary>Writes the channel values of <paramref name="s"/> in the order of <see cref="All"/>. Allocates nothing.</summary>
    public static void Read(CdcState s, Span<double> v)
    {
        ArgumentNullException.ThrowIfNull(s);
        var p = s.Parameters;
        var refilling = 0;
        for (var c = 0; c < Ingredient.Count; c++)
        {
            v[1 + c] = s.Running ? s.Feeders[c].Flow * 3600 : 0;
            v[4 + c] = s.Feeders[c].Level;
            refilling += s.Feeders[c].Refilling ? 1 : 0;
        }

        var tablets = s.Press.Tablets;
        var perThousand = tablets > 0 ? 1000 / tablets : 0;
        var holdup = Holdup(s.Blender);
        v[0] = s.Running ? 1 : 0;
        v[7] = refilling;
        v[8] = 100 * s.Control.ApiTrim;
        v[9] = holdup;
        v[10] = 100 * s.Blender.OutletFraction(Ingredient.Api);
        v[11] = 100 * s.Nir.Reading;
        v[12] = 100 * s.Predictor.OutletFraction(Ingredient.Api);
        v[13] = s.Diverting && s.Running ? 1 : 0;
        v[14] = MassLedger.Sum(s.Ledger.Diverted);
        v[15] = s.Hopper.Total;
        v[16] = 100 * s.Hopper.Fraction(Ingredient.Api);
        v[17] = s.Press.FillDepth * 1e3;
        v[18] = s.Press.Weight * 1e6;
        v[19] = s.Press.Force / 1000;
        v[20] = 100 * Math.Sqrt(Math.Max(0, s.Health.ForceDeviation.Value));
        v[21] = 100 * s.Press.Porosity;
        v[22] = s.Press.Tensile / 1e6;
        v[23] = s.Press.Hardness;
        v[24] = s.Running ? s.Press.Rate * 3600 : 0;
        v[25] = tablets;
        v[26] = s.Release.Lot;
        v[27] = s.Release.Count;
        v[28] = s.Release.Mean;
        v[29] = s.Release.Rsd;
        v[30] = s.Release.Av;
        v[31] = s.Release.LastAv;
        v[32] = 100 * s.Health.Wear;
        v[33] = 100 * s.Health.WearEstimate;
        v[34] = s.Health.Rms.Value;
        v[35] = s.Health.Kurtosis.Value;
        v[36] = s.Health.AnomalyScore;
        v[37] = s.Health.RulHours;
        v[38] = s.Health.Alert ? 1 : 0;
        v[39] = s.Health.Failed ? 1 : 0;
        v[40] = s.Running ? EnergyMeter.Power(p) : 0;
        v[41] = s.Energy.Kwh;
        v[42] = s.Energy.Kwh * p[CdcParameters.EmissionFactor];
        v[43] = s.Energy.Kwh * perThousand;
        v[44] = s.Energy.Kwh * p[CdcParameters.EmissionFactor] * perThousand;
        v[45] = MassLedger.Sum(s.Ledger.Fed);
        v[46] = MassLedger.Sum(s.Ledger.Tablets);
        v[47] = holdup + s.Hopper.Total;
        v[48] = MassLedger.Sum(s.Ledger.BlenderOut);
        v[49] = (s.Bridging ? 1 : 0) + (s.Nir.DriftRate != 0 ? 2 : 0);
        v[50] = s.Health.Anomalous ? 1 : 0;
    }

    private static double Holdup(TanksInSeries blender) =>
        blender.Holdup(Ingredient.Api) + blender.Holdup(Ingredient.Excipient) + blender.Holdup(Ingredient.Lubricant);
}
