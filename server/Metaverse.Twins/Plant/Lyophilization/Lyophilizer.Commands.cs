using System.Globalization;
using Metaverse.Twins.Core;
using P = Metaverse.Twins.Plant.Lyophilization.LyoParameters;

namespace Metaverse.Twins.Plant.Lyophilization;

/// <summary>Commands: recipe setpoints, a new batch, faults; validated in <see cref="Prepare"/> without touching the state.</summary>
public sealed partial class Lyophilizer
{
    private static readonly ParameterSpec LeakPressure = new("value_torr", "mm[Hg]", 0.05, 5, 0.5, "chamber pressure the leak settles at");
    private static readonly ParameterSpec RunawayTemperature = new("value_c", "Cel", -40, 60, 40, "shelf temperature a runaway heater reaches");

    public IReadOnlyList<CommandSpec> Commands { get; } =
    [
        new("setpoint", "a recipe step: the shelf ramps from where it is to a new setpoint, or a new chamber pressure",
            [new("target", "shelf | pressure", "what to set"), new("value_c", P.All[P.ShelfSetpoint].Range, "shelf setpoint (target=shelf)"),
             new("ramp_c_per_min", P.All[P.ShelfRamp].Range, "ramp rate (target=shelf; default: the current rate)"),
             new("value_torr", P.All[P.ChamberPressure].Range, "chamber pressure (target=pressure)")]),
        new("start", "loads a fresh frozen batch and restarts the recipe from the initial shelf temperature", []),
        new("fault", "injects a training fault",
            [new("type", "pressure | shelf", "pressure control loss (chamber rises toward value_torr) or shelf heater runaway (toward value_c)"),
             new("value_torr", LeakPressure.Range, "leak pressure (type=pressure)"), new("value_c", RunawayTemperature.Range, "runaway temperature (type=shelf)")]),
        new("clear", "control regained: the shelf ramps back to its setpoint, the pressure returns to its setpoint", []),
    ];

    public Preparation Prepare(TwinCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Action switch
        {
            "setpoint" => PrepareSetpoint(command),
            "start" => new PreparedChange("batch", Complete ? "dried" : "drying", "started", StartBatch),
            "fault" => PrepareFault(command),
            "clear" => new PreparedChange("faults", FaultSummary(), "none", () => _recipe.Clear(TimeSeconds)),
            _ => new TwinError("action", "setpoint, start, fault, clear", $"unknown action '{command.Action}'"),
        };
    }

    private Preparation PrepareSetpoint(TwinCommand command)
    {
        switch (command.Argument("target"))
        {
            case "shelf":
                var error = (P.All[P.ShelfSetpoint] with { Name = "value_c" }).TryParse(command.Argument("value_c"), out var setpoint);
                var ramp = _recipe.RampPerMinute;
                error ??= command.Argument("ramp_c_per_min") is { } text ? (P.All[P.ShelfRamp] with { Name = "ramp_c_per_min" }).TryParse(text, out ramp) : null;
                return error is not null
                    ? error
                    : new PreparedChange("shelf.setpoint", Inv(_recipe.ShelfSetpoint), Inv(setpoint), () => _recipe.Ramp(TimeSeconds, setpoint, ramp));
            case "pressure":
                var pressureError = (P.All[P.ChamberPressure] with { Name = "value_torr" }).TryParse(command.Argument("value_torr"), out var pressure);
                return pressureError is not null
                    ? pressureError
                    : new PreparedChange("chamber.setpoint", Inv(_recipe.PressureSetpoint), Inv(pressure), () => _recipe.PressureSetpoint = pressure);
            default:
                return new TwinError("target", "shelf, pressure", $"unknown setpoint target '{command.Argument("target")}'");
        }
    }

    private Preparation PrepareFault(TwinCommand command)
    {
        switch (command.Argument("type"))
        {
            case "pressure":
                var leak = LeakPressure.Default;
                var error = command.Argument("value_torr") is { } text ? LeakPressure.TryParse(text, out leak) : null;
                return error is not null ? error : new PreparedChange("fault.pressure", FaultSummary(), $"pressure control lost, leak to {Inv(leak)} Torr", () => _recipe.FailPressure(TimeSeconds, leak));
            case "shelf":
                var target = RunawayTemperature.Default;
                var shelfError = command.Argument("value_c") is { } shelfText ? RunawayTemperature.TryParse(shelfText, out target) : null;
                return shelfError is not null ? shelfError : new PreparedChange("fault.shelf", FaultSummary(), $"shelf heater runaway to {Inv(target)} °C", () => _recipe.FailShelf(TimeSeconds, target));
            default:
                return new TwinError("type", "pressure, shelf", $"unknown fault type '{command.Argument("type")}'");
        }
    }

    private string FaultSummary() => (_recipe.PressureFault, _recipe.ShelfFault) switch
    {
        (true, true) => "pressure, shelf",
        (true, false) => "pressure",
        (false, true) => "shelf",
        _ => "none",
    };

    private static string Inv(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
