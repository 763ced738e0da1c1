using System.Globalization;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>The validated flags of <c>simulate pk</c>: parameters, dosing record, output times (h) and method.</summary>
internal sealed record PkCliRequest(PkParameters Parameters, DosingRecord Record, double[] TimesH, PkMethod Method, string Format)
{
    private static readonly string[] TwoCompartmentOnly = ["--v1", "--q", "--v2"];

    /// <summary>Flag name → raw text (null when absent). Returns the request or an error that names the flag and its range.</summary>
    public static (PkCliRequest? Request, string? Error) Parse(Func<string, string?> flag)
    {
        var model = flag("--model");
        if (model is not ("1cmt" or "2cmt"))
        {
            return (null, $"--model: expected 1cmt or 2cmt, got '{model}'");
        }

        if (!RouteNames.TryParse(flag("--route"), out var route))
        {
            return (null, $"--route: expected {RouteNames.Accepted}, got '{flag("--route")}'");
        }

        var two = model == "2cmt";
        var errors = new List<string>();
        double Number(string name, double min, double max, double? fallback, string unit)
        {
            var text = flag(name);
            if (text is null && fallback is { } value)
            {
                return value;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !(x >= min && x <= max))
            {
                var range = min < 1e-6 ? $"> 0 and ≤ {max.ToString(CultureInfo.InvariantCulture)}" : $"{min.ToString(CultureInfo.InvariantCulture)}–{max.ToString(CultureInfo.InvariantCulture)}";
                errors.Add($"{name}: expected a number {range} {unit}, got '{text ?? "(missing)"}'");
            }

            return x;
        }

        var dose = Number("--dose", 1e-9, 1e7, null, "mg");
        var cl = Number("--cl", 1e-9, 1e6, null, "L/h");
        var v1 = two ? Number("--v1", 1e-9, 1e6, null, "L") : Number("--v", 1e-9, 1e6, null, "L");
        var q = two ? Number("--q", 1e-9, 1e6, null, "L/h") : 0;
        var v2 = two ? Number("--v2", 1e-9, 1e6, null, "L") : 0;
        var ka = route == Route.Oral ? Number("--ka", 1e-9, 1e4, null, "1/h") : 0;
        var f = Number("--bioavailability", 1e-9, 1, 1, "(fraction)");
        var lag = Number("--lag-hours", 0, 1e4, 0, "h");
        var infusion = route == Route.IvInfusion ? Number("--infusion-hours", 1e-6, 1e4, null, "h") : 0;
        var repeated = flag("--interval-hours") is not null || flag("--doses") is not null;
        var interval = repeated ? Number("--interval-hours", 1e-6, 1e5, null, "h") : 1;
        var count = repeated ? Number("--doses", 1, 10_000, null, "doses") : 1;
        if (repeated && count != Math.Floor(count))
        {
            errors.Add($"--doses: expected a whole number of doses in 1–10000, got '{flag("--doses")}'");
        }

        var stray = two ? flag("--v") is not null ? "--v (use --v1 for 2cmt)" : null : TwoCompartmentOnly.FirstOrDefault(n => flag(n) is not null);
        if (stray is not null)
        {
            errors.Add($"{stray}: not a parameter of --model {model}");
        }

        var (times, timesError) = Times(flag("--times"));
        var method = flag("--method") ?? "closed-form";
        var format = flag("--format") ?? "json";
        errors.AddRange(new[]
        {
            timesError,
            method is "closed-form" or "ode" ? null : $"--method: expected closed-form or ode, got '{method}'",
            format is "json" or "csv" or "svg" ? null : $"--format: expected json, csv or svg, got '{format}'",
        }.OfType<string>());
        if (errors.Count > 0)
        {
            return (null, errors[0]);
        }

        var parameters = new PkParameters(two ? 2 : 1, cl, v1, q, v2, ka, f, lag);
        var record = DosingRecord.Repeated(dose, route, interval, (int)count, infusion);
        return (new PkCliRequest(parameters, record, times, method == "ode" ? PkMethod.Ode : PkMethod.ClosedForm, format), null);
    }

    private static (double[] Times, string? Error) Times(string? text)
    {
        var parts = (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var times = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out times[i]) || !(times[i] >= 0 && times[i] <= 1e6)
                || (i > 0 && times[i] < times[i - 1]))
            {
                return (times, $"--times: expected ascending hours in 0–1e6 separated by commas, got '{parts[i]}'");
            }
        }

        return parts.Length is 0 or > 1_000_000 ? (times, "--times: expected 1–1000000 times in h, e.g. 0,0.5,1,2,4,8") : (times, null);
    }
}
