using System.CommandLine;
using System.Globalization;
using System.Text;
using Metaverse.Server.Cli.Output;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>
/// <c>metaverse-server simulate pk</c>: a concentration–time profile of a 1- or 2-compartment model
/// for one dose or a repeated regimen, by closed form or ODE. JSON <c>{"time_h":[…],"conc_mg_per_L":[…]}</c>,
/// CSV <c>time_h,conc_mg_per_L</c> or an SVG chart. Bad flags exit 2 naming the flag and its range.
/// </summary>
internal static class SimulatePkCommand
{
    private static readonly (string Name, string Help)[] Flags =
    [
        ("--model", "1cmt|2cmt"), ("--route", "iv-bolus|iv-infusion|oral"), ("--dose", "dose per administration, mg"),
        ("--infusion-hours", "infusion duration, h (iv-infusion)"), ("--interval-hours", "dosing interval, h"), ("--doses", "number of doses"),
        ("--bioavailability", "F, 0–1 (oral; default 1)"), ("--ka", "absorption rate constant, 1/h (oral)"), ("--lag-hours", "absorption lag, h (oral; default 0)"),
        ("--cl", "clearance, L/h"), ("--v", "volume, L (1cmt)"), ("--v1", "central volume, L (2cmt)"), ("--q", "inter-compartmental clearance, L/h (2cmt)"),
        ("--v2", "peripheral volume, L (2cmt)"), ("--times", "output times, h, e.g. 0,0.5,1,2"), ("--method", "closed-form|ode (default closed-form)"),
        ("--format", "json|csv|svg (default json)"),
    ];

    public static Command Create()
    {
        var command = new Command("pk", "PK concentration–time profile: 1-/2-compartment, IV bolus, infusion or oral, single or repeated doses.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        var options = Flags.ToDictionary(f => f.Name, f => new Option<string?>(f.Name) { Description = f.Help });
        foreach (var option in options.Values)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            if (parse.UnmatchedTokens.Count > 0)
            {
                error.WriteLine($"error: unknown flag or value '{parse.UnmatchedTokens[0]}' (see simulate pk --help)");
                return SimulateCommand.ExitBadInput;
            }

            var (request, problem) = PkCliRequest.Parse(name => parse.GetValue(options[name]));
            if (request is null)
            {
                error.WriteLine($"error: {problem}");
                return SimulateCommand.ExitBadInput;
            }

            var invalid = request.Parameters.Validate(request.Parameters.KaPerH > 0);
            if (invalid is not null)
            {
                error.WriteLine($"error: --{invalid.Field}: {invalid.Message} (accepted: {invalid.AcceptedRange})");
                return SimulateCommand.ExitBadInput;
            }

            output.Write(Render(request));
            return 0;
        });
        return command;
    }

    private static string Render(PkCliRequest request)
    {
        var conc = new double[request.TimesH.Length];
        PkPredictor.For(request.Parameters, request.Method).Predict(request.Record, request.TimesH, conc);
        return request.Format switch
        {
            "csv" => Csv(request.TimesH, conc),
            "svg" => SvgChart.Render("PK profile", [new ChartPanel("Plasma concentration", "time [h]", "C [mg/L]", [new ChartSeries("C", request.TimesH, conc)])]),
            _ => Json(request, conc),
        };
    }

    private static string Json(PkCliRequest request, double[] conc)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteArray(json, "time_h", request.TimesH);
            WriteArray(json, "conc_mg_per_L", conc);
            json.WriteString("model", request.Parameters.Compartments == 1 ? "1cmt" : "2cmt");
            json.WriteString("method", request.Method == PkMethod.Ode ? "ode" : "closed-form");
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteArray(System.Text.Json.Utf8JsonWriter json, string name, double[] values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteNumberValue(v);
        }

        json.WriteEndArray();
    }

    private static string Csv(double[] times, double[] conc)
    {
        var csv = new StringBuilder("time_h,conc_mg_per_L\n");
        for (var i = 0; i < times.Length; i++)
        {
            csv.Append(times[i].ToString("R", CultureInfo.InvariantCulture)).Append(',').Append(conc[i].ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }

        return csv.ToString();
    }
}
