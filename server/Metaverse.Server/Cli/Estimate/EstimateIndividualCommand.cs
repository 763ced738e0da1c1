using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Metaverse.Twins.Patient.Estimation;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Server.Cli.Estimate;

/// <summary>
/// <c>metaverse-server estimate individual</c>: MAP estimate of one patient from NONMEM-style levels given a
/// population JSON (from <c>estimate population</c>), the predicted curve with a 5–95 % credible band, and the dose
/// (and interval) reaching a steady-state AUC over 24 h and/or trough. Amounts in the data set's unit.
/// </summary>
internal static class EstimateIndividualCommand
{
    private const int CurvePoints = 97;

    private static readonly (string Name, string Help)[] Flags =
    [
        ("--data", "NONMEM-style CSV with the patient's doses and levels"), ("--prior", "population JSON written by estimate population"),
        ("--subject", "ID to use when the CSV holds several subjects"), ("--target-auc", "steady-state AUC over 24 h, concentration·h (> 0)"),
        ("--target-trough", "steady-state trough, concentration (> 0)"), ("--interval-hours", "dosing interval, h (0.5–168; default 24, or solved when both targets are given)"),
        ("--format", "json"),
    ];

    public static Command Create() => EstimateCommand.Define("individual", "MAP estimate of one patient, predicted curve with credible band, and the dose reaching a target exposure.", Flags, Run);

    private static int Run(Func<string, string?> get, TextWriter output, TextWriter error)
    {
        var (request, problem) = IndividualRequest.Parse(get);
        if (request is null)
        {
            return EstimateCommand.Fail(error, problem!);
        }

        var (estimate, mapError) = MapEstimator.Estimate(request.Subject, request.Prior);
        if (estimate is null)
        {
            return EstimateCommand.Fail(error, $"--data: {mapError!.Message}");
        }

        var template = request.Subject.Doses.Doses[^1];
        var (recommendation, doseError) = DoseRecommender.Recommend(estimate.Pk, template with { AmountMg = 1 }, request.TargetAuc, request.TargetTrough, request.IntervalH);
        if (recommendation is null)
        {
            return EstimateCommand.Fail(error, $"--{doseError!.Field}: {doseError.Message} (accepted: {doseError.AcceptedRange})");
        }

        output.Write(Json(request, estimate, recommendation));
        return 0;
    }

    private static string Json(IndividualRequest request, IndividualEstimate estimate, DoseRecommendation rec)
    {
        var subject = request.Subject;
        var end = Math.Max(subject.TimesH.DefaultIfEmpty(0).Max(), subject.Doses.Doses[^1].TimeH + 24);
        var times = Enumerable.Range(0, CurvePoints).Select(i => end * i / (CurvePoints - 1)).ToArray();
        var band = PredictionBand.Compute(subject.Doses, request.Prior, estimate, times);
        var names = request.Prior.Random.Select(i => OralOneCompartment.Names[i]).ToArray();
        var root = new JsonObject
        {
            ["subject"] = subject.Id,
            ["observations"] = subject.Count,
            ["converged"] = estimate.Converged,
            ["parameters"] = PopulationJson.Natural(estimate.LogPhi),
            ["eta"] = new JsonObject(names.Select((n, k) => KeyValuePair.Create(n, PopulationJson.Number(estimate.Eta[k])))),
            ["eta_posterior_sd"] = new JsonObject(names.Select((n, k) => KeyValuePair.Create(n, PopulationJson.Number(Math.Sqrt(estimate.EtaCovariance[k, k]))))),
            ["curve"] = new JsonObject
            {
                ["time_h"] = Array(band.TimesH),
                ["conc"] = Array(band.Predicted),
                ["lower_5"] = Array(band.Lower5),
                ["upper_95"] = Array(band.Upper95),
            },
            ["recommendation"] = new JsonObject
            {
                ["dose"] = rec.DoseAmount,
                ["interval_h"] = rec.IntervalH,
                ["route"] = subject.Doses.Doses[^1].Route.Name(),
                ["target_auc24"] = request.TargetAuc,
                ["target_trough"] = request.TargetTrough,
                ["dose_for_target_auc"] = rec.DoseForAuc,
                ["dose_for_target_trough"] = rec.DoseForTrough,
                ["auc24_steady_state"] = rec.Auc24SteadyState,
                ["trough_steady_state"] = rec.TroughSteadyState,
            },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonArray Array(double[] values) => new([.. values.Select(PopulationJson.Number)]);

    /// <summary>Checked flags of one run.</summary>
    private sealed record IndividualRequest(SubjectData Subject, PopulationModel Prior, double? TargetAuc, double? TargetTrough, double? IntervalH)
    {
        public static (IndividualRequest? Request, string? Error) Parse(Func<string, string?> get)
        {
            if ((get("--format") ?? "json") != "json")
            {
                return (null, $"--format: '{get("--format")}' is not supported here (accepted: json)");
            }

            var (auc, aucError) = Positive(get, "--target-auc", 1e9);
            var (trough, troughError) = Positive(get, "--target-trough", 1e9);
            var (interval, intervalError) = Positive(get, "--interval-hours", 168, 0.5);
            var problem = aucError ?? troughError ?? intervalError
                ?? (auc is null && trough is null ? "--target-auc: a target exposure is required (or --target-trough)" : null)
                ?? (get("--data") is null ? "--data: a NONMEM-style CSV file is required" : null)
                ?? (get("--prior") is null ? "--prior: a population JSON file is required" : null)
                ?? (File.Exists(get("--prior")) ? null : $"--prior: file '{get("--prior")}' does not exist");
            if (problem is not null)
            {
                return (null, problem);
            }

            var (prior, priorError) = PopulationJson.Read(File.ReadAllText(get("--prior")!));
            if (prior is null)
            {
                return (null, "--prior: " + priorError);
            }

            var read = NonmemCsvReader.ReadFile(get("--data")!);
            if (read.Dataset is null)
            {
                return (null, "--data: " + string.Join("; ", read.Errors.Select(e => e.Message)));
            }

            var id = get("--subject");
            var subjects = read.Dataset.Subjects.Where(s => id is null || s.Id == id).ToArray();
            return subjects.Length switch
            {
                1 when subjects[0].Doses.Doses.Count == 0 => (null, $"--data: subject {subjects[0].Id} has no dose row (EVID 1)"),
                1 => (new IndividualRequest(subjects[0], prior, auc, trough, interval), null),
                0 => (null, $"--subject: no subject '{id}' in the data"),
                _ => (null, $"--subject: the data hold {subjects.Length} subjects; name one (accepted: {string.Join(", ", subjects.Take(10).Select(s => s.Id))}…)"),
            };
        }

        private static (double? Value, string? Error) Positive(Func<string, string?> get, string flag, double max, double min = 0)
        {
            var text = get(flag);
            if (text is null)
            {
                return (null, null);
            }

            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > min && v <= max
                ? (v, null) : (null, $"{flag}: '{text}' is not valid (accepted: > {min} and ≤ {max})");
        }
    }
}
