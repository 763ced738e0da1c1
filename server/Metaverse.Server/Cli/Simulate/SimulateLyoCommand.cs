using System.CommandLine;
using Metaverse.Server.Cli.Output;
using Metaverse.Twins.Core;
using Metaverse.Twins.Plant.Lyophilization;
using P = Metaverse.Twins.Plant.Lyophilization.LyoParameters;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>
/// <c>metaverse-server simulate lyo [--vial-area-cm2 …] … --format json|csv|svg</c>: primary drying of a shelf
/// of vials (Pikal model, LyoPRONTO formulation) until every vial has dried. Defaults are LyoPRONTO's
/// reference case with identical vials (edge factor 1, no Kv variation), so the result is comparable to it.
/// </summary>
internal static class SimulateLyoCommand
{
    private const double MaxSeconds = 30 * 86400.0;

    /// <summary>Flag name → parameter index; ranges and defaults come from <see cref="LyoParameters"/>.</summary>
    private static readonly (string Flag, int Index)[] Flags =
    [
        ("--vial-area-cm2", P.VialArea), ("--product-area-cm2", P.ProductArea), ("--fill-ml", P.FillVolume),
        ("--solids-fraction", P.SolidsFraction), ("--r0", P.R0), ("--a1", P.A1), ("--a2", P.A2),
        ("--kc", P.KC), ("--kp", P.KP), ("--kd", P.KD), ("--chamber-pressure-torr", P.ChamberPressure),
        ("--shelf-initial-c", P.ShelfInitial), ("--shelf-setpoint-c", P.ShelfSetpoint), ("--shelf-ramp-c-per-min", P.ShelfRamp),
        ("--collapse-c", P.CollapseTemperature), ("--edge-kv-factor", P.EdgeFactor), ("--kv-cv", P.KvVariation),
    ];

    public static Command Create()
    {
        var options = Flags.Select(f => new Option<string?>(f.Flag) { Description = $"{P.All[f.Index].Description}, {P.All[f.Index].Range}", HelpName = "number" }).ToArray();
        var interval = new Option<string?>("--output-interval") { Description = "Time between output rows (default 6min)", HelpName = "duration" };
        var seed = new Option<string?>("--seed") { Description = "Seed of the vial-to-vial Kv variation, 0–2^63", HelpName = "N" };
        var format = OutputFormatOption.Create();
        var command = new Command("lyo", "Freeze dryer, primary drying (Pikal model as in LyoPRONTO): front position, temperatures, sublimation rate, end of drying.");
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.Options.Add(interval);
        command.Options.Add(seed);
        command.Options.Add(format);
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse =>
        {
            var flags = new FlagReader(parse);
            flags.RejectUnmatched();
            var values = P.Defaults();
            (values[P.EdgeFactor], values[P.KvVariation]) = (1, 0);
            for (var i = 0; i < Flags.Length; i++)
            {
                var spec = P.All[Flags[i].Index];
                values[Flags[i].Index] = flags.Number(options[i], spec.Min, spec.Max, values[Flags[i].Index]);
            }

            var step = flags.Duration(interval, 86400, 360);
            var seedValue = (ulong)flags.Number(seed, 0, long.MaxValue, 1);
            if (flags.Error is null && values[P.ProductArea] > values[P.VialArea])
            {
                flags.Fail(new TwinError("--product-area-cm2", $"≤ --vial-area-cm2 ({values[P.VialArea]})", "the product cannot be wider than the vial"));
            }

            return flags.Report(parse.InvocationConfiguration.Error) ?? Run(parse, values, seedValue, step, parse.GetValue(format));
        });
        return command;
    }

    private static int Run(ParseResult parse, double[] values, ulong seed, double step, OutputFormat format)
    {
        var twin = new Lyophilizer(values, seed);
        var trajectory = CliProgress.Run("primary drying", progress => Simulate(twin, step, progress));
        var complete = trajectory.Column("drying.complete");
        double MaxWhileDrying(string channel) => trajectory.Column(channel).Where((_, k) => complete[k] == 0).DefaultIfEmpty(double.NaN).Max();
        var summary = new Dictionary<string, double>
        {
            ["primary_drying_time_h"] = twin.Complete ? trajectory.Column("drying.end_time")[^1] : double.NaN,
            ["center_vial_drying_time_h"] = twin.DryingTimeHours(twin.CenterVial) is var t && t >= 0 ? t : double.NaN,
            ["max_sublimation_front_temperature_c"] = MaxWhileDrying("product.max_front_temperature"),
            ["max_vial_bottom_temperature_c"] = MaxWhileDrying("product.max_bottom_temperature"),
            ["peak_sublimation_flux_kg_per_h_m2"] = trajectory.Column("shelf.sublimation_flux").Max(),
            ["collapse_alarm"] = trajectory.Column("alarm.collapse").Max(),
        };
        SimulationOutput.Write(parse.InvocationConfiguration.Output, format, "lyophilizer", trajectory, summary, () => Chart(trajectory, values[P.CollapseTemperature]));
        return 0;
    }

    /// <summary>Samples every <paramref name="step"/> s until every vial has dried (at most 30 days).</summary>
    private static Trajectory Simulate(Lyophilizer twin, double step, IProgress<double>? progress)
    {
        var trajectory = new Trajectory(twin.Channels);
        var values = new double[twin.Channels.Count];
        for (var time = 0.0; ; time += step)
        {
            twin.Step(time - twin.TimeSeconds);
            twin.ReadChannels(values);
            trajectory.Add(twin.TimeSeconds, values);
            progress?.Report(values[14] / 100);
            if (twin.Complete || time >= MaxSeconds)
            {
                return trajectory;
            }
        }
    }

    private static string Chart(Trajectory t, double collapse)
    {
        const double hour = 3600;
        ChartSeries S(string channel, string label) => SimulationOutput.Series(t, channel, label, hour);
        return SvgChart.Render("Freeze drying, primary drying (Pikal model, LyoPRONTO formulation)",
        [
            new ChartPanel("Temperatures", "time [h]", "T [°C]",
                [S("shelf.temperature", "shelf"), S("center.front_temperature", "front (centre)"), S("center.bottom_temperature", "bottom (centre)"), S("edge.bottom_temperature", "bottom (edge)")])
            {
                References = [("collapse", collapse)],
            },
            new ChartPanel("Sublimation", "time [h]", "flux [kg/(h·m²)]", [S("shelf.sublimation_flux", "shelf mean flux")]),
            new ChartPanel("Drying progress", "time [h]", "dried [%]", [S("center.dried_fraction", "centre vial"), S("edge.dried_fraction", "edge vial"), S("shelf.dried_fraction", "shelf")]),
            new ChartPanel("Product resistance", "time [h]", "Rp [cm²·Torr·h/g]", [S("center.product_resistance", "centre vial")]),
        ]);
    }
}
