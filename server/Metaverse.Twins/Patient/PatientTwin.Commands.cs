using System.Globalization;
using Metaverse.Twins.Core;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient;

/// <summary>Commands of the patient twin: validated in <see cref="Prepare"/> without touching the state.</summary>
public sealed partial class PatientTwin
{
    public Preparation Prepare(TwinCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Action switch
        {
            "dose" => PrepareDose(command),
            "set-regimen" => PrepareRegimen(command),
            "stop-regimen" => new PreparedChange("regimen", _regimen, "none", () => SetRegimen("none", [])),
            "sample" => new PreparedChange("lab.level", Text(_lastLevel), "new sample", () =>
                _lastLevel = _residual.Observe(_y[PkPdSystem.Central] / _system.PkPd.V1L, _random)),
            _ => new TwinError("action", "dose, set-regimen, stop-regimen, sample", $"unknown action '{command.Action}'"),
        };
    }

    private Preparation PrepareDose(TwinCommand command)
    {
        var error = ParseDose(command, out var amount, out var route, out var infusion);
        if (error is not null)
        {
            return error;
        }

        var text = Describe(amount, route, infusion);
        return new PreparedChange("dose", Text(_totalDoseMg) + " mg given", text, () =>
        {
            Schedule(Pending(_timeH, amount, route, infusion, false));
            ProcessDue();
        });
    }

    private Preparation PrepareRegimen(TwinCommand command)
    {
        var error = ParseDose(command, out var amount, out var route, out var infusion);
        var interval = 0.0;
        var count = 0.0;
        error ??= PatientTwinSpecs.Interval.TryParse(command.Argument("interval_h"), out interval)
            ?? PatientTwinSpecs.Count.TryParse(command.Argument("doses"), out count);
        if (error is not null)
        {
            return error;
        }

        if (count != Math.Floor(count))
        {
            return new TwinError("doses", PatientTwinSpecs.Count.Range, "the number of doses is a whole number");
        }

        if (route == Route.IvInfusion && infusion > interval)
        {
            return new TwinError("infusion_h", $"≤ interval_h ({Text(interval)} h)", "infusions of one regimen must not overlap");
        }

        var text = $"{Describe(amount, route, infusion)} every {Text(interval)} h × {Text(count)}";
        var start = _timeH;
        var doses = Enumerable.Range(0, (int)count).Select(i => Pending(start + (i * interval), amount, route, infusion, true)).ToArray();
        return new PreparedChange("regimen", _regimen, text, () => SetRegimen(text, doses));
    }

    private void SetRegimen(string text, PendingDose[] doses)
    {
        _pending.RemoveAll(d => d.FromRegimen);
        foreach (var dose in doses)
        {
            Schedule(dose);
        }

        _regimen = text;
        ProcessDue();
    }

    /// <summary>An oral dose waits for its lag time before it reaches the depot.</summary>
    private PendingDose Pending(double timeH, double amount, Route route, double infusion, bool fromRegimen) =>
        new(timeH + (route == Route.Oral ? _system.PkPd.Pk.LagH : 0), amount, route, infusion) { FromRegimen = fromRegimen };

    private static TwinError? ParseDose(TwinCommand command, out double amount, out Route route, out double infusion)
    {
        infusion = 0;
        route = Route.IvBolus;
        var error = PatientTwinSpecs.Amount.TryParse(command.Argument("amount_mg"), out amount);
        if (error is not null)
        {
            return error;
        }

        if (!RouteNames.TryParse(command.Argument("route"), out route))
        {
            return new TwinError("route", RouteNames.Accepted, $"'{command.Argument("route")}' is not a route");
        }

        return route == Route.IvInfusion ? PatientTwinSpecs.Infusion.TryParse(command.Argument("infusion_h"), out infusion) : null;
    }

    private static string Describe(double amount, Route route, double infusion) =>
        route == Route.IvInfusion ? $"{Text(amount)} mg {route.Name()} over {Text(infusion)} h" : $"{Text(amount)} mg {route.Name()}";

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
