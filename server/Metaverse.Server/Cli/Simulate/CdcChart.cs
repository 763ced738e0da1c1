using Metaverse.Server.Cli.Output;
using Metaverse.Twins.Core;
using Metaverse.Twins.Plant.Cdc;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>The main CDC channels as SVG panels over hours, and the run's summary figures.</summary>
internal static class CdcChart
{
    /// <summary>The panels; the API panel's target and diversion limits are <paramref name="line"/>'s own (after <c>--set</c>).</summary>
    public static string Render(Trajectory t, CdcLine line)
    {
        var hours = t.TimesSeconds.Select(s => s / 3600).ToArray();
        ChartSeries S(string label, string channel) => new(label, hours, t.Column(channel));
        var target = line.ParameterValue(CdcParameters.ApiTarget);
        var tolerance = line.ParameterValue(CdcParameters.ApiTolerance) / 100;
        ChartPanel[] panels =
        [
            new("Feeder flows", "time [h]", "flow [kg/h]", [S("API", "feeder.api.flow"), S("excipient", "feeder.excipient.flow"), S("lubricant", "feeder.lubricant.flow")]),
            new("Hopper levels", "time [h]", "level [kg]", [S("API", "feeder.api.level"), S("excipient", "feeder.excipient.level"), S("lubricant", "feeder.lubricant.level")]),
            new("API mass fraction", "time [h]", "API [% w/w]", [S("blender outlet (true)", "blender.api"), S("NIR", "nir.api"), S("RTD prediction", "divert.predicted_api")]),
            new("Tablet weight", "time [h]", "weight [mg]", [S("mean weight", "press.tablet_weight")]),
            new("Compression force and hardness", "time [h]", "force [kN], tensile [MPa]", [S("force [kN]", "press.compression_force"), S("tensile strength [MPa]", "press.tensile_strength")]),
            new("Diverted material", "time [h]", "mass [kg]", [S("diverted", "divert.mass")]),
            new("Real-time release", "time [h]", "AV", [S("AV current lot", "release.av"), S("AV last lot", "release.last_av")]) { References = [("L1 = 15", AcceptanceValue.L1)] },
            new("Press health", "time [h]", "score, wear [%]", [S("anomaly score", "health.anomaly_score"), S("wear estimate [%]", "health.wear_estimate")]),
            new("Energy and emissions", "time [h]", "per 1,000 tablets", [S("kWh", "energy.kwh_per_1000"), S("kg CO2e", "energy.co2e_per_1000")]),
        ];
        panels[2] = panels[2] with { References = [("target", target), ("divert limits", target * (1 + tolerance)), (string.Empty, target * (1 - tolerance))] };
        return SvgChart.Render("Continuous direct compression line", panels);
    }

    /// <summary>Figures at the end of the run (mass balance error relative to the mass fed).</summary>
    public static Dictionary<string, double> Summary(Trajectory t)
    {
        var last = t.Rows[^1];
        double V(string channel) => last[t.IndexOf(channel)];
        var fed = V("mass.fed");
        var balance = fed - V("mass.tablets") - V("divert.mass") - V("mass.holdup");
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["tablets"] = V("press.tablets"),
            ["fed_kg"] = fed,
            ["diverted_kg"] = V("divert.mass"),
            ["mass_balance_relative_error"] = fed > 0 ? Math.Abs(balance) / fed : 0,
            ["last_lot_av"] = V("release.last_av"),
            ["kwh_per_1000_tablets"] = V("energy.kwh_per_1000"),
            ["kg_co2e_per_1000_tablets"] = V("energy.co2e_per_1000"),
            ["rul_h"] = V("health.rul"),
        };
    }
}
