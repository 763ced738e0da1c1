using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Metaverse.Server.Cli.Output;
using Metaverse.Twins.Patient.Trial;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>
/// <c>metaverse-server simulate trial --spec trial.json --format json|csv|svg</c>: a virtual cohort trial
/// (spec format: docs/models/pkpd.md, example assets/trials/example-trial.json). JSON: per arm the VPC
/// bands, target attainment and per-subject metrics; CSV: one row per subject; SVG: VPC bands per arm.
/// </summary>
internal static class SimulateTrialCommand
{
    public static Command Create()
    {
        var spec = new Option<string?>("--spec") { Description = "Trial spec JSON file (see assets/trials/example-trial.json)", HelpName = "FILE" };
        var format = new Option<string?>("--format") { Description = "json|csv|svg (default json)", HelpName = "json|csv|svg" };
        var command = new Command("trial", "Virtual cohort trial: arms with regimens, exposure metrics, target attainment and VPC bands.") { spec, format };
        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var chosen = parse.GetValue(format) ?? "json";
            if (chosen is not ("json" or "csv" or "svg"))
            {
                error.WriteLine($"error: --format: expected json, csv or svg, got '{chosen}'");
                return SimulateCommand.ExitBadInput;
            }

            var path = parse.GetValue(spec);
            if (path is null || !File.Exists(path))
            {
                error.WriteLine($"error: --spec: expected an existing trial spec file, got '{path ?? "(missing)"}'");
                return SimulateCommand.ExitBadInput;
            }

            var (trial, problem) = TrialSpec.Parse(File.ReadAllText(path));
            if (trial is null)
            {
                error.WriteLine($"error: {path}: {problem}");
                return SimulateCommand.ExitBadInput;
            }

            var result = CliProgress.Run("trial", progress => TrialSimulator.Run(trial, progress));
            output.Write(chosen switch
            {
                "csv" => Csv(result),
                "svg" => Svg(result),
                _ => Json(result),
            });
            return 0;
        });
        return command;
    }

    private static string Svg(TrialResult result) => SvgChart.Render("Virtual trial: VPC (5th–95th percentile, median)", [.. result.Arms.Select(arm =>
        new ChartPanel(arm.Name, "time [h]", "C [mg/L]", [new ChartSeries("median", arm.TimesH, arm.P50MgPerL)])
        {
            Bands = [new ChartBand("5th–95th percentile", arm.TimesH, arm.P05MgPerL, arm.P95MgPerL)],
            References = [("MIC", result.Spec.Metrics.MicMgPerL)],
        })]);

    private static string Csv(TrialResult result)
    {
        var csv = new StringBuilder("arm,subject,sex,age_y,weight_kg,serum_creatinine_mg_per_dL,crcl_mL_per_min,cl_L_per_h,v1_L,cmax_mg_per_L,tmax_h,cmin_mg_per_L,auc_mg_h_per_L,time_above_mic_h,percent_time_above_mic\n");
        foreach (var arm in result.Arms)
        {
            foreach (var s in arm.Subjects)
            {
                var c = s.Covariates;
                var e = s.Exposure;
                csv.Append(Quote(arm.Name)).Append(',').Append(s.Id).Append(',').Append(c.Sex == Metaverse.Twins.Patient.Variability.Sex.Male ? "M" : "F");
                foreach (var v in new[] { c.AgeYears, c.WeightKg, c.SerumCreatinineMgPerDl, c.CreatinineClearanceMlPerMin, s.ClLPerH, s.V1L, e.CmaxMgPerL, e.TmaxH, e.CminMgPerL, e.AucMgHPerL, e.TimeAboveH, s.PercentTimeAboveMic })
                {
                    csv.Append(',').Append(v.ToString("R", CultureInfo.InvariantCulture));
                }

                csv.Append('\n');
            }
        }

        return csv.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Json(TrialResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("seed", result.Spec.Seed);
            json.WriteNumber("subjects_per_arm", result.Spec.SubjectsPerArm);
            json.WriteStartArray("arms");
            foreach (var arm in result.Arms)
            {
                WriteArm(json, arm);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteArm(Utf8JsonWriter json, ArmResult arm)
    {
        json.WriteStartObject();
        json.WriteString("name", arm.Name);
        TrajectoryWriter.WriteNumber(json, "pta_auc_over_mic", arm.PtaAucOverMic);
        TrajectoryWriter.WriteNumber(json, "pta_time_above_mic", arm.PtaTimeAboveMic);
        TrajectoryWriter.WriteNumber(json, "pta_both", arm.PtaBoth);
        TrajectoryWriter.WriteNumber(json, "fraction_toxic", arm.FractionToxic);
        Median(json, "median_cmax_mg_per_L", arm.Subjects.Select(s => s.Exposure.CmaxMgPerL));
        Median(json, "median_cmin_mg_per_L", arm.Subjects.Select(s => s.Exposure.CminMgPerL));
        Median(json, "median_auc_mg_h_per_L", arm.Subjects.Select(s => s.Exposure.AucMgHPerL));
        Median(json, "median_tmax_h", arm.Subjects.Select(s => s.Exposure.TmaxH));
        Array(json, "time_h", arm.TimesH);
        Array(json, "p05_mg_per_L", arm.P05MgPerL);
        Array(json, "p50_mg_per_L", arm.P50MgPerL);
        Array(json, "p95_mg_per_L", arm.P95MgPerL);
        json.WriteEndObject();
    }

    private static void Median(Utf8JsonWriter json, string name, IEnumerable<double> values) =>
        TrajectoryWriter.WriteNumber(json, name, Percentiles.OfSorted([.. values.Order()], 0.5));

    private static void Array(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteNumberValue(v);
        }

        json.WriteEndArray();
    }
}
