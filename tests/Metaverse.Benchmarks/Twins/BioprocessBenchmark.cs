using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Metaverse.Twins.Core;
using Metaverse.Twins.Plant.Bioreactor;
using Metaverse.Twins.Plant.Lyophilization;
using Spectre.Console;

namespace Metaverse.Benchmarks.Twins;

/// <summary>
/// <c>metaverse-bench twins bioprocess</c>: cost of one server tick of the bioreactor and the freeze dryer
/// at 1× (dt = 1/30 s) and at 10,000× (dt = 333 s), bytes allocated per tick, and simulated days per
/// wall-clock second for a whole 14-day batch and a whole primary drying run.
/// </summary>
internal static class BioprocessBenchmark
{
    private const double Tick = 1.0 / 30;

    public static Command Create()
    {
        var command = new Command("bioprocess", "Bioreactor and freeze dryer: ns per server tick at 1× and 10,000×, allocations per tick, simulated days per wall-clock second.");
        command.SetAction(_ => Run());
        return command;
    }

    private static int Run()
    {
        var table = new Table().AddColumns("twin", "case", "ns per tick", "bytes per tick", "simulated d per wall s");
        var twins = new (string, Func<ITwin>, Func<ITwin, bool>)[]
        {
            ("bioreactor", () => Bioreactor.CreateDefault(1), twin => twin.TimeSeconds >= 14 * 86400),
            ("lyophilizer", () => Lyophilizer.CreateDefault(1), twin => ((Lyophilizer)twin).Complete),
        };
        foreach (var (name, create, done) in twins)
        {
            foreach (var scale in new[] { 1.0, 10_000.0 })
            {
                var (ns, bytes) = PerTick(create, done, Tick * scale);
                table.AddRow(name, Inv($"tick at {scale:N0}×"), Inv($"{ns:N0}"), Inv($"{bytes:N1}"), Inv($"{Tick * scale / 86400 / (ns * 1e-9):N1}"));
            }
        }

        var batch = Whole(() => Bioreactor.CreateDefault(1), twin => twin.TimeSeconds >= 14 * 86400, 3600);
        table.AddRow("bioreactor", "14-day batch what-if (1 h output)", "", "", Inv($"{batch:N0}"));
        var drying = Whole(() => Lyophilizer.CreateDefault(1), twin => ((Lyophilizer)twin).Complete, 360);
        table.AddRow("lyophilizer", "full primary drying, 49 vials (6 min output)", "", "", Inv($"{drying:N0}"));
        AnsiConsole.Write(table);
        return 0;
    }

    /// <summary>
    /// Mean wall time and allocation per Step(dt) + ReadChannels over at least 0.5 s and 1000 ticks, only
    /// while the process runs (fresh twins replace finished ones; creating them is not timed).
    /// </summary>
    private static (double Nanoseconds, double Bytes) PerTick(Func<ITwin> create, Func<ITwin, bool> done, double dt)
    {
        var (ticks, bytes, watch) = (0L, 0L, new Stopwatch());
        var twin = create();
        var values = new double[twin.Channels.Count];
        twin.Step(dt);
        while (watch.Elapsed.TotalSeconds < 0.5 || ticks < 1000)
        {
            if (done(twin))
            {
                twin = create();
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            watch.Start();
            for (var i = 0; i < 100 && !done(twin); i++, ticks++)
            {
                twin.Step(dt);
                twin.ReadChannels(values);
            }

            watch.Stop();
            bytes += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        return (watch.Elapsed.TotalNanoseconds / ticks, (double)bytes / ticks);
    }

    /// <summary>Simulated days per wall-clock second for whole runs (repeated over at least 1 s), sampling channels every <paramref name="output"/> s.</summary>
    private static double Whole(Func<ITwin> create, Func<ITwin, bool> done, double output)
    {
        var (simulated, watch) = (0.0, Stopwatch.StartNew());
        var values = new double[create().Channels.Count];
        while (watch.Elapsed.TotalSeconds < 1)
        {
            var twin = create();
            while (!done(twin))
            {
                twin.Step(output);
                twin.ReadChannels(values);
            }

            simulated += twin.TimeSeconds;
        }

        return simulated / 86400 / watch.Elapsed.TotalSeconds;
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
