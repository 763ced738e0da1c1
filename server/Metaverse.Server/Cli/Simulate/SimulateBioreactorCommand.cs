using System.CommandLine;
using Metaverse.Server.Cli.Output;
using Metaverse.Twins.Core;
using Metaverse.Twins.Plant.Bioreactor;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>
/// <c>metaverse-server simulate bioreactor --duration 14d --output-interval 1h [--set name=value …] [--seed N]
/// --format json|csv|svg</c>: a fed-batch CHO culture (Xing et al. 2010) run offline.
/// </summary>
internal static class SimulateBioreactorCommand
{
    private const double MaxDurationSeconds = 60 * 86400.0;
    private const long MaxSamples = 200_000;

    public static Command Create()
    {
        var duration = new Option<string?>("--duration") { Description = "Simulated time, e.g. 14d (at most 60 d)", HelpName = "duration" };
        var interval = new Option<string?>("--output-interval") { Description = "Time between output rows, e.g. 1h", HelpName = "duration" };
        var set = new Option<string[]>("--set") { Description = "Parameter override name=value (repeatable); names and ranges as in docs/models/bioreactor.md", Arity = ArgumentArity.ZeroOrMore };
        var seed = new Option<string?>("--seed") { Description = "Seed of the probe noise, 0–2^63", HelpName = "N" };
        var format = OutputFormatOption.Create();
        var command = new Command("bioreactor", "mAb fed-batch CHO bioreactor (Xing et al. 2010): cells, glucose, glutamine, lactate, ammonia, titer, control loops.")
        {
            duration, interval, set, seed, format,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse =>
        {
            var flags = new FlagReader(parse);
            flags.RejectUnmatched();
            var seconds = flags.Duration(duration, MaxDurationSeconds, 14 * 86400.0);
            var step = flags.Duration(interval, MaxDurationSeconds, 3600);
            var seedValue = (ulong)flags.Number(seed, 0, long.MaxValue, 1);
            var parameters = ReadParameters(flags, parse.GetValue(set) ?? []);
            if (flags.Error is null && seconds / step > MaxSamples)
            {
                flags.Fail(new TwinError("--output-interval", $"at least duration / {MaxSamples}", "too many output rows"));
            }

            return flags.Report(parse.InvocationConfiguration.Error) ?? Run(parse, parameters, seedValue, seconds, step, parse.GetValue(format));
        });
        return command;
    }

    private static double[] ReadParameters(FlagReader flags, IEnumerable<string> assignments)
    {
        var values = BioreactorParameters.Defaults();
        foreach (var assignment in assignments)
        {
            var parts = assignment.Split('=', 2);
            var index = BioreactorParameters.IndexOf(parts[0].Trim());
            if (index < 0 || parts.Length != 2)
            {
                flags.Fail(new TwinError("--set", "name=value with a name from docs/models/bioreactor.md", $"'{assignment}' names no parameter"));
                continue;
            }

            var error = BioreactorParameters.All[index].TryParse(parts[1].Trim(), out values[index]);
            if (error is not null)
            {
                flags.Fail(error with { Field = $"--set {error.Field}" });
            }
        }

        if (values[BioreactorParameters.MaxVolume] < values[BioreactorParameters.InitialVolume])
        {
            flags.Fail(new TwinError("--set volume_max", "≥ volume0", "the largest volume is below the initial volume"));
        }

        return values;
    }

    private static int Run(ParseResult parse, double[] parameters, ulong seed, double seconds, double step, OutputFormat format)
    {
        var twin = new Bioreactor(parameters, seed);
        var (trajectory, _) = CliProgress.Run("bioreactor", progress => TwinRunner.Run(twin, seconds, step, null, progress));
        var summary = new Dictionary<string, double>
        {
            ["peak_viable_cells_1e6_per_ml"] = trajectory.Column("cells.viable").Max(),
            ["final_titer_mg_per_l"] = trajectory.Column("titer")[^1],
            ["final_viability_percent"] = trajectory.Column("cells.viability")[^1],
            ["final_volume_l"] = trajectory.Column("volume")[^1],
            ["ivcd_1e6_cell_day_per_ml"] = trajectory.Column("ivcd")[^1],
        };
        SimulationOutput.Write(parse.InvocationConfiguration.Output, format, "bioreactor", trajectory, summary, () => Chart(trajectory));
        return 0;
    }

    private static string Chart(Trajectory t)
    {
        const double day = 86400;
        ChartSeries S(string channel, string label) => SimulationOutput.Series(t, channel, label, day);
        return SvgChart.Render("mAb fed-batch CHO bioreactor (Xing et al. 2010)",
        [
            new ChartPanel("Cells", "time [d]", "cells [10^6/mL]", [S("cells.viable", "viable"), S("cells.total", "total")]),
            new ChartPanel("Substrates", "time [d]", "c [mmol/L]", [S("glucose", "glucose"), S("glutamine", "glutamine")]),
            new ChartPanel("By-products", "time [d]", "c [mmol/L]", [S("lactate", "lactate"), S("ammonia", "ammonia")]),
            new ChartPanel("Antibody titer", "time [d]", "titer [mg/L]", [S("titer", "titer")]),
            new ChartPanel("Control loops", "time [d]", "T [°C], pH×5, DO [%]",
            [
                S("temperature.pv", "temperature"),
                new ChartSeries("pH × 5", t.TimesSeconds.Select(x => x / day).ToArray(), t.Column("ph.pv").Select(v => v * 5).ToArray()),
                S("do.pv", "DO"),
            ]),
        ]);
    }
}
