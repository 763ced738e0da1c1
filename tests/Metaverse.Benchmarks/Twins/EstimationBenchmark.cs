using System.CommandLine;
using System.Diagnostics;
using Metaverse.Twins.Patient.Estimation;
using Spectre.Console;

namespace Metaverse.Benchmarks.Twins;

/// <summary>
/// <c>metaverse-bench twins estimation</c>: wall-clock time of the Theoph FOCE-I population fit (start values,
/// pooled fit, BFGS, standard errors and EBEs), median and minimum of N runs after one warm-up, for the
/// diagonal (ka, cl) and full (ke, ka, cl) random-effect models — the same fits
/// tests/Metaverse.Benchmarks/peers/theoph_nlme.R times in R nlme (nlsList start + nlme).
/// </summary>
internal static class EstimationBenchmark
{
    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "Timed fits per model, 1–200", DefaultValueFactory = _ => 10 };
        var data = new Option<string?>("--data") { Description = "NONMEM CSV (default: tests/Metaverse.Twins.Tests/Patient/Estimation/data/theoph_nonmem.csv)" };
        var command = new Command("estimation", "Theoph population fit (FOCE-I): median wall-clock time of N runs.") { runs, data };
        command.SetAction(p => Run(Math.Clamp(p.GetValue(runs), 1, 200), p.GetValue(data) ?? FindTheoph()));
        return command;
    }

    private static int Run(int runs, string path)
    {
        var read = NonmemCsvReader.ReadFile(path);
        if (read.Dataset is null)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(string.Join("; ", read.Errors))}[/]");
            return 2;
        }

        var table = new Table().AddColumns("model", "median s", "min s", "−2LL", "BFGS iterations");
        foreach (var (name, options) in new[]
        {
            ("random ka,cl diagonal Ω", new PopulationFitOptions([OralOneCompartment.Ka, OralOneCompartment.Cl])),
            ("random ke,ka,cl full Ω", new PopulationFitOptions([OralOneCompartment.Ke, OralOneCompartment.Ka, OralOneCompartment.Cl], FullOmega: true)),
        })
        {
            var fit = PopulationFitter.Fit(read.Dataset, options).Fit!;
            var times = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                PopulationFitter.Fit(read.Dataset, options);
                times[i] = watch.Elapsed.TotalSeconds;
            }

            Array.Sort(times);
            table.AddRow(name, $"{times[runs / 2]:F4}", $"{times[0]:F4}", $"{fit.MinusTwoLogLik:F4}", $"{fit.Iterations}");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{runs} runs per model after one warm-up; one thread; {read.Dataset.Subjects.Count} subjects, {read.Dataset.ObservationCount} levels[/]");
        return 0;
    }

    private static string FindTheoph()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Metaverse.Twins.Tests", "Patient", "Estimation", "data", "theoph_nonmem.csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return "theoph_nonmem.csv";
    }
}
