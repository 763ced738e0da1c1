using System.CommandLine;
using System.Diagnostics;
using Metaverse.Twins.Patient;
using Metaverse.Twins.Patient.Pd;
using Metaverse.Twins.Patient.Pk;
using Spectre.Console;

namespace Metaverse.Benchmarks.Twins;

/// <summary>
/// <c>metaverse-bench twins pk</c>: closed-form concentration points per second on one core (SIMD
/// macro-constant sums over a 1,024-point time array, and the general superposition path), and
/// ODE virtual subjects per second (2-compartment oral + indirect response type I, 24 h, hourly
/// output, Dormand–Prince rtol 1e-6, atol 1e-9 — the same workloads as tests/Metaverse.Benchmarks/peers/pk_peer.py).
/// </summary>
internal static class PkBenchmark
{
    public static Command Create()
    {
        var seconds = new Option<double>("--seconds") { Description = "Measurement time per workload, 0.2–60 s", DefaultValueFactory = _ => 2 };
        var command = new Command("pk", "PK/PD engine: closed-form points per second and ODE subjects per second on one core.") { seconds };
        command.SetAction(p => Run(Math.Clamp(p.GetValue(seconds), 0.2, 60)));
        return command;
    }

    private static void Run(double seconds)
    {
        var table = new Table().AddColumns("workload", "rate per core", "unit", "target");
        var times = Enumerable.Range(0, 1024).Select(i => i * (24.0 / 1024)).ToArray();
        var conc = new double[times.Length];
        foreach (var (name, p, route) in new[]
        {
            ("closed form 1-cmt iv bolus (SIMD)", PkParameters.OneCompartment(5, 50), Route.IvBolus),
            ("closed form 1-cmt oral (SIMD)", PkParameters.OneCompartment(5, 50, 1.2, 0.8), Route.Oral),
            ("closed form 2-cmt iv bolus (SIMD)", PkParameters.TwoCompartment(5, 30, 10, 60), Route.IvBolus),
            ("closed form 2-cmt oral (SIMD)", PkParameters.TwoCompartment(5, 30, 10, 60, 1.2, 0.8), Route.Oral),
        })
        {
            var sum = ExponentialSum.TryCreate(p, new Dose(0, 100, route))!;
            var rate = Measure(seconds, () =>
            {
                conc.AsSpan().Clear();
                sum.AddTo(times, conc);
                return times.Length;
            });
            table.AddRow(name, $"{rate:N0}", "points/s", "≥ 100,000,000");
        }

        var general = new ClosedFormPk(PkParameters.TwoCompartment(5, 30, 10, 60, 1.2, 0.8));
        var record = DosingRecord.Of(new Dose(0, 100, Route.Oral));
        table.AddRow("closed form 2-cmt oral (general, scalar)", $"{Measure(seconds, () => { general.Predict(record, times, conc); return times.Length; }):N0}", "points/s", "");
        table.AddRow("ODE 2-cmt oral + indirect response, 24 h hourly", $"{OdeSubjects(seconds):N0}", "subjects/s", "≥ 50,000");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{Environment.ProcessorCount} logical cores; one thread; {(Vector256Accelerated() ? "AVX2/AVX-512 Vector256" : "no SIMD")}[/]");
    }

    private static double OdeSubjects(double seconds)
    {
        var simulator = new PkPdSimulator(1e-6, 1e-9);
        var hours = Enumerable.Range(0, 25).Select(i => (double)i).ToArray();
        var (conc, response) = (new double[25], new double[25]);
        var record = DosingRecord.Of(new Dose(0, 500, Route.Oral));
        var pd = new IndirectResponseModel(IndirectResponseType.InhibitProduction, 10, 0.1, 0.9, 2);
        var systems = Enumerable.Range(0, 64).Select(i => new PkPdSystem(PkParameters.TwoCompartment(4 + (i * 0.05), 30, 10, 60, 1.2, 0.8), pd)).ToArray();
        var k = 0;
        return Measure(seconds, () =>
        {
            simulator.Run(systems[k++ & 63], record, hours, conc, response);
            return 1;
        });
    }

    private static double Measure(double seconds, Func<int> work)
    {
        for (var i = 0; i < 200; i++)
        {
            work();
        }

        long done = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 100; i++)
            {
                done += work();
            }
        }

        return done / clock.Elapsed.TotalSeconds;
    }

    private static bool Vector256Accelerated() => System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated;
}
