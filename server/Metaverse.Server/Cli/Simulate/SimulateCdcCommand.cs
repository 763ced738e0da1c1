using System.CommandLine;
using Metaverse.Server.Cli.Output;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>
/// <c>metaverse-server simulate cdc</c>: runs the continuous direct compression line offline and prints
/// its channels (json, csv or svg). Bad flags, parameters or events exit 2 naming the field and range.
/// </summary>
internal static class SimulateCdcCommand
{
    public const string EventHelp =
        "An event \"TIME:ACTION[:ARG]\" at simulated TIME (e.g. 2h, 90min, 30s): refill:api|excipient|lubricant, "
        + "fault:feeder_bridging|punch_wear_jump|nir_drift|clear, maintenance, stop, start, setpoint:NAME=VALUE. Repeatable.";

    public static Command Create()
    {
        var duration = new Option<string>("--duration") { Description = "Simulated time, e.g. 8h (" + SimDuration.Accepted + ")", DefaultValueFactory = _ => "8h" };
        var interval = new Option<string>("--output-interval") { Description = "Time between output rows, e.g. 1min", DefaultValueFactory = _ => "1min" };
        var set = new Option<string[]>("--set") { Description = "Change a parameter before the start: NAME=VALUE (repeatable; names and ranges in the model docs)", HelpName = "NAME=VALUE" };
        var events = new Option<string[]>("--event") { Description = EventHelp, HelpName = "TIME:ACTION[:ARG]" };
        var seed = new Option<ulong>("--seed") { Description = "Random seed (same seed, same run)", DefaultValueFactory = _ => 1 };
        var format = OutputFormatOption.Create();
        var plot = new Option<FileInfo?>("--plot") { Description = "Also write the main channels as an SVG chart to FILE", HelpName = "FILE" };
        var command = new Command("cdc", "Continuous direct compression line: feeders, tanks-in-series blender, tablet press, NIR, control, diversion, release, press health, energy.")
        {
            duration, interval, set, events, seed, format, plot,
        };
        command.SetAction(parse => Run(
            new CdcRunRequest(
                parse.GetValue(duration) ?? "8h", parse.GetValue(interval) ?? "1min", parse.GetValue(set) ?? [], parse.GetValue(events) ?? [],
                parse.GetValue(seed), parse.GetValue(format), parse.GetValue(plot)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(CdcRunRequest request, TextWriter output, TextWriter error)
    {
        var plan = CdcRunPlan.Parse(request);
        if (plan.Error is not null)
        {
            error.WriteLine($"error: {plan.Error}");
            return SimulateCommand.ExitBadInput;
        }

        var (line, runError) = (plan.Line!, (TwinError?)null);
        var trajectory = CliProgress.Run("simulating cdc line", progress =>
        {
            var (result, err) = TwinRunner.Run(line, plan.DurationSeconds, plan.IntervalSeconds, plan.Events, progress);
            runError = err;
            return result;
        });
        if (runError is not null)
        {
            error.WriteLine($"error: {runError}");
            return SimulateCommand.ExitBadInput;
        }

        if (request.Plot is not null)
        {
            File.WriteAllText(request.Plot.FullName, CdcChart.Render(trajectory, line));
        }

        output.Write(request.Format switch
        {
            OutputFormat.Csv => TrajectoryWriter.ToCsv(trajectory),
            OutputFormat.Svg => CdcChart.Render(trajectory, line),
            _ => TrajectoryWriter.ToJson("cdc-line", trajectory, CdcChart.Summary(trajectory)),
        });
        return 0;
    }
}

/// <summary>The raw flags of one <c>simulate cdc</c> run.</summary>
internal sealed record CdcRunRequest(string Duration, string Interval, string[] Set, string[] Events, ulong Seed, OutputFormat Format, FileInfo? Plot);
