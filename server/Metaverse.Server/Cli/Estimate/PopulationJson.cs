using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Metaverse.Twins.Patient.Estimation;

namespace Metaverse.Server.Cli.Estimate;

/// <summary>
/// The JSON of a population fit (output of <c>estimate population</c>, input --prior of <c>estimate individual</c>).
/// Natural-scale fixed effects are in the data set's units (for Theoph, dose in mg/kg, so CL and V are per kg).
/// </summary>
internal static class PopulationJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(PopulationFitResult fit)
    {
        var m = fit.Model;
        var names = m.Random.Select(i => OralOneCompartment.Names[i]).ToArray();
        var se = new JsonObject();
        for (var i = 0; i < OralOneCompartment.Count; i++)
        {
            se["log_" + OralOneCompartment.Names[i]] = Number(fit.ThetaSe[i]);
        }

        for (var k = 0; k < names.Length; k++)
        {
            se["log_sd_" + names[k]] = Number(fit.LogRandomSdSe[k]);
        }

        var residualNames = m.Residual.Kind switch
        {
            ResidualErrorKind.Additive => new[] { "log_residual_sd" },
            ResidualErrorKind.Proportional => ["log_residual_proportional_sd"],
            _ => ["log_residual_sd", "log_residual_proportional_sd"],
        };
        for (var r = 0; r < residualNames.Length; r++)
        {
            se[residualNames[r]] = Number(fit.LogResidualSdSe[r]);
        }

        var root = new JsonObject
        {
            ["model"] = "1cmt-oral",
            ["method"] = "FOCE-I",
            ["random"] = new JsonArray([.. names.Select(n => (JsonNode)n)]),
            ["covariance"] = m.FullOmega ? "full" : "diagonal",
            ["residual_error"] = m.Residual.Kind.ToString().ToLowerInvariant(),
            ["fixed_effects"] = Natural(m.Theta),
            ["random_effect_sd_log"] = new JsonObject(names.Select((n, k) => KeyValuePair.Create(n, (JsonNode?)Number(m.RandomSds()[k])))),
            ["omega"] = Matrix(m.Omega),
            ["residual_sd"] = Number(m.Residual.AdditiveSd),
            ["residual_proportional_sd"] = Number(m.Residual.ProportionalSd),
            ["standard_errors"] = se,
            ["minus2ll"] = Number(fit.MinusTwoLogLik),
            ["aic"] = Number(fit.Aic),
            ["bic"] = Number(fit.Bic),
            ["parameters"] = fit.ParameterCount,
            ["observations"] = fit.ObservationCount,
            ["converged"] = fit.Converged,
            ["iterations"] = fit.Iterations,
            ["subjects"] = new JsonArray([.. fit.Subjects.Select(s => (JsonNode)Subject(s, names))]),
        };
        return root.ToJsonString(Indented) + "\n";
    }

    /// <summary>The prior population model, or the error naming the field.</summary>
    public static (PopulationModel? Model, string? Error) Read(string json)
    {
        try
        {
            var root = JsonNode.Parse(json)?.AsObject();
            var fe = root?["fixed_effects"]?.AsObject();
            if (root is null || fe is null)
            {
                return (null, "field 'fixed_effects' is missing");
            }

            var theta = OralOneCompartment.Names.Select(n => fe["log_" + n]?.GetValue<double>() ?? double.NaN).ToArray();
            var random = root["random"]?.AsArray().Select(n => Array.IndexOf(OralOneCompartment.Names, n?.GetValue<string>())).ToArray() ?? [];
            var omega = root["omega"]?.AsArray().Select(r => r!.AsArray().Select(v => v!.GetValue<double>()).ToArray()).ToArray() ?? [];
            var kind = Enum.TryParse<ResidualErrorKind>(root["residual_error"]?.GetValue<string>() ?? "additive", true, out var k) ? k : (ResidualErrorKind?)null;
            var add = root["residual_sd"]?.GetValue<double>() ?? 0;
            var prop = root["residual_proportional_sd"]?.GetValue<double>() ?? 0;
            var problem = theta.Any(t => !double.IsFinite(t)) ? "fixed_effects.log_ke, log_ka and log_cl must be numbers"
                : random.Length == 0 || random.Any(i => i < 0) ? "field 'random' must list ke, ka and/or cl"
                : omega.Length != random.Length || omega.Any(r => r.Length != random.Length) ? $"field 'omega' must be {random.Length} × {random.Length}"
                : kind is null ? "field 'residual_error' must be additive, proportional or combined"
                : !(add >= 0 && prop >= 0 && add + prop > 0) ? "fields 'residual_sd'/'residual_proportional_sd' must be ≥ 0 and not both 0"
                : null;
            if (problem is not null)
            {
                return (null, problem);
            }

            var matrix = new double[random.Length, random.Length];
            for (var i = 0; i < random.Length; i++)
            {
                for (var j = 0; j < random.Length; j++)
                {
                    matrix[i, j] = omega[i][j];
                }
            }

            var model = new PopulationModel(theta, random, matrix, new ResidualError(kind!.Value, add, prop), root["covariance"]?.GetValue<string>() == "full");
            return Metaverse.Twins.Numerics.Cholesky.Factor(matrix) is null ? (null, "field 'omega' is not symmetric positive definite") : (model, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (null, "not a population JSON: " + e.Message);
        }
    }

    /// <summary>ka, CL, V, ke on the natural scale and as logs.</summary>
    public static JsonObject Natural(ReadOnlySpan<double> logPhi)
    {
        var pk = OralOneCompartment.ToPk(logPhi);
        return new JsonObject
        {
            ["ka_per_h"] = Number(pk.KaPerH),
            ["cl_L_per_h"] = Number(pk.ClLPerH),
            ["v_L"] = Number(pk.V1L),
            ["ke_per_h"] = Number(pk.K10PerH),
            ["log_ke"] = Number(logPhi[OralOneCompartment.Ke]),
            ["log_ka"] = Number(logPhi[OralOneCompartment.Ka]),
            ["log_cl"] = Number(logPhi[OralOneCompartment.Cl]),
        };
    }

    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    public static JsonArray Matrix(double[,] m) =>
        new([.. Enumerable.Range(0, m.GetLength(0)).Select(i => (JsonNode)new JsonArray([.. Enumerable.Range(0, m.GetLength(1)).Select(j => Number(m[i, j]))]))]);

    private static JsonObject Subject(SubjectEstimate s, string[] names)
    {
        var o = new JsonObject { ["id"] = s.Id, ["observations"] = s.ObservationCount };
        o["eta"] = new JsonObject(names.Select((n, k) => KeyValuePair.Create(n, Number(s.Eta[k]))));
        foreach (var (key, value) in Natural(s.LogPhi))
        {
            o[key] = value?.DeepClone();
        }

        return o;
    }

    internal static string Text(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
