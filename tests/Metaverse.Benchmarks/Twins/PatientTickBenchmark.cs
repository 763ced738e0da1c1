using System.CommandLine;
using System.Diagnostics;
using Metaverse.Twins.Core;
using Metaverse.Twins.Patient;
using Spectre.Console;

namespace Metaverse.Benchmarks.Twins;

/// <summary>
/// <c>metaverse-bench twins patient-tick</c>: time per 30 Hz server tick of one patient twin (PK/PD +
/// PBPK organs + Simeoni tumour, 25 ODE states) on an oral q12h regimen, at time scales 1×, 1000× and
/// 10,000× (dt = scale/30 s per tick); mean µs per Step + ReadChannels and solver steps per tick.
/// </summary>
internal static class PatientTickBenchmark
{
    public static Command Create()
    {
        var seconds = new Option<double>("--seconds") { Description = "Measurement time per time scale, 0.2–60 s", DefaultValueFactory = _ => 2 };
        var command = new Command("patient-tick", "Patient twin with organs and tumour: µs per 30 Hz tick at 1×, 1000× and 10,000×.") { seconds };
        command.SetAction(p => Run(Math.Clamp(p.GetValue(seconds), 0.2, 60)));
        return command;
    }

    private static void Run(double seconds)
    {
        var table = new Table().AddColumns("time scale", "dt per tick", "µs per tick (mean)", "ticks measured", "budget");
        foreach (var scale in new[] { 1.0, 1000, 10_000 })
        {
            var twin = PatientTwin.CreateDefault(7);
            twin.Execute(TwinCommand.Of("set-regimen", ("amount_mg", "400"), ("route", "oral"), ("interval_h", "12"), ("doses", "1000")));
            var values = new double[twin.Channels.Count];
            var dt = scale / 30;
            for (var i = 0; i < 300; i++)
            {
                twin.Step(dt);
            }

            long ticks = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                for (var i = 0; i < 100; i++)
                {
                    twin.Step(dt);
                    twin.ReadChannels(values);
                }

                ticks += 100;
            }

            var micro = clock.Elapsed.TotalMicroseconds / ticks;
            table.AddRow($"{scale:N0}×", $"{dt:0.###} s", $"{micro:0.00}", $"{ticks:N0}", "< 100 µs");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{Environment.ProcessorCount} logical cores; one thread[/]");
    }
}
