using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Metaverse.Twins.Core;
using Metaverse.Twins.Plant.Cdc;
using Spectre.Console;

namespace Metaverse.Benchmarks.Twins;

/// <summary>
/// <c>metaverse-bench twins cdc</c>: the CDC line's cost on one core — one step at the server's tick
/// (dt = 1/30 s: ns and allocated bytes per step) and a what-if fork run 8 h ahead (simulated hours per
/// wall-clock second and the speed-up over real time; target ≥ 10,000×).
/// </summary>
internal static class CdcBenchmark
{
    public static Command Create()
    {
        var steps = new Option<int>("--steps") { Description = "Server-tick steps to time, 1,000–100,000,000", DefaultValueFactory = _ => 3_000_000 };
        var forks = new Option<int>("--forks") { Description = "8 h what-if runs to time, 1–1,000", DefaultValueFactory = _ => 20 };
        CommandRanges.Require(steps, 1_000, 100_000_000);
        CommandRanges.Require(forks, 1, 1_000);
        var command = new Command("cdc", "CDC line: ns and bytes per server-tick step; simulated hours per second of an 8 h what-if fork") { steps, forks };
        command.SetAction(parse => Run(parse.GetValue(steps), parse.GetValue(forks)));
        return command;
    }

    private static int Run(int steps, int forks)
    {
        var line = CdcLine.CreateDefault(1);
        line.Step(3600); // past start-up, hoppers and blender in steady operation
        var (nsPerStep, bytesPerStep) = TimeTicks(line, steps);
        var (hoursPerSecond, runnerHoursPerSecond) = TimeForks(line, forks);
        var table = new Table().AddColumns("measure", "value");
        var c = CultureInfo.InvariantCulture;
        table.AddRow("one step at dt = 1/30 s", string.Create(c, $"{nsPerStep:N0} ns"));
        table.AddRow("allocated per step", string.Create(c, $"{bytesPerStep:0.###} B"));
        table.AddRow("share of a 1 ms room tick", string.Create(c, $"{nsPerStep / 1e6:P2}"));
        table.AddRow("8 h what-if fork, Step(8 h)", string.Create(c, $"{hoursPerSecond:N0} simulated h/s = {hoursPerSecond * 3600:N0}× real time"));
        table.AddRow("8 h what-if fork, runner with 1 min rows", string.Create(c, $"{runnerHoursPerSecond:N0} simulated h/s = {runnerHoursPerSecond * 3600:N0}× real time"));
        AnsiConsole.Write(table);
        return 0;
    }

    private static (double Ns, double Bytes) TimeTicks(CdcLine line, int steps)
    {
        var values = new double[line.Channels.Count];
        for (var i = 0; i < 30_000; i++)
        {
            line.Step(1.0 / 30);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < steps; i++)
        {
            line.Step(1.0 / 30);
            line.ReadChannels(values);
        }

        watch.Stop();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        return (watch.Elapsed.TotalNanoseconds / steps, (double)bytes / steps);
    }

    private static (double Plain, double Runner) TimeForks(CdcLine line, int forks)
    {
        const double Duration = 8 * 3600;
        var change = TwinCommand.Of("setpoint", ("name", "press.turret_speed"), ("value", "65"));
        line.Fork().Step(Duration); // warm-up
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < forks; i++)
        {
            var fork = line.Fork();
            fork.Execute(change);
            fork.Step(Duration);
        }

        var plain = forks * 8 / watch.Elapsed.TotalSeconds;
        watch.Restart();
        for (var i = 0; i < forks; i++)
        {
            var fork = line.Fork();
            fork.Execute(change);
            TwinRunner.Run(fork, Duration, 60);
        }

        return (plain, forks * 8 / watch.Elapsed.TotalSeconds);
    }
}
