using System.Globalization;
using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// The CDC line's commands: validated in <see cref="Prepare"/> without touching the state; the
/// returned change carries target, old and new value for the audit trail.
/// </summary>
public static class CdcCommands
{
    public const string Actions = "setpoint, start, stop, refill, maintenance, fault";

    /// <summary>Fault kinds for training (and "clear" to end them all).</summary>
    public static IReadOnlyList<string> FaultKinds { get; } = ["feeder_bridging", "punch_wear_jump", "nir_drift", "clear"];

    public static IReadOnlyList<CommandSpec> All { get; } =
    [
        new("setpoint", "changes a parameter or setpoint", [new("name", "a parameter name (see Parameters)", "which parameter"), new("value", "a number in the parameter's range", "new value in the parameter's unit")]),
        new("start", "starts the line (refused after a press failure until maintenance)", []),
        new("stop", "stops the line: feeders, blender flow and press halt", []),
        new("refill", "refills a feeder hopper to capacity (disturbs its flow)", [new("feeder", "api|excipient|lubricant", "which feeder")]),
        new("maintenance", "replaces punches and bearings: wear, health baseline and RUL reset", []),
        new("fault", "injects a training fault or clears all", [new("kind", string.Join('|', FaultKinds), "feeder_bridging: API feeder delivers 40 %; punch_wear_jump: +30 % wear; nir_drift: NIR drifts +1 % w/w per hour")]),
    ];

    /// <summary>The range (and whole-number) check of parameter <paramref name="index"/>.</summary>
    public static TwinError? CheckValue(int index, double value)
    {
        var spec = CdcParameters.All[index];
        if (spec.Check(value) is { } error)
        {
            return error;
        }

        return CdcParameters.IsInteger(index) && value != Math.Round(value)
            ? new TwinError(spec.Name, spec.Range + " (whole numbers)", Inv($"{value:G6} is not a whole number"))
            : null;
    }

    internal static Preparation Prepare(CdcLine line, TwinCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var s = line.State;
        return command.Action switch
        {
            "setpoint" => PrepareSetpoint(line, command),
            "start" => s.Health.Failed
                ? new TwinError("action", "maintenance first", "the press has failed: run maintenance before starting")
                : new PreparedChange("line.running", Flag(s.Running), "1", () => line.State.Running = !line.State.Health.Failed),
            "stop" => new PreparedChange("line.running", Flag(s.Running), "0", () => line.State.Running = false),
            "refill" => PrepareRefill(line, command),
            "maintenance" => new PreparedChange("health.wear", Inv($"{100 * s.Health.Wear:R}"), "0", () => line.State.Health.Maintain()),
            "fault" => PrepareFault(line, command),
            _ => new TwinError("action", Actions, $"unknown action '{command.Action}'"),
        };
    }

    private static Preparation PrepareSetpoint(CdcLine line, TwinCommand command)
    {
        var name = command.Argument("name");
        var index = CdcParameters.IndexOf(name);
        if (index < 0)
        {
            return new TwinError("name", CdcParameters.Names, $"unknown parameter '{name}'");
        }

        var spec = CdcParameters.All[index];
        var error = spec.TryParse(command.Argument("value"), out var value) ?? CheckValue(index, value);
        if (error is not null)
        {
            return error;
        }

        var old = line.State.Parameters[index];
        return new PreparedChange(spec.Name, Inv($"{old:R}"), Inv($"{value:R}"), () => SetParameter(line.State, index, value));
    }

    private static void SetParameter(CdcState s, int index, double value)
    {
        s.Parameters[index] = value;
        if (index == CdcParameters.BlenderTanks)
        {
            s.Blender.Resize((int)value);
            s.Predictor.Resize((int)value);
        }
    }

    private static Preparation PrepareRefill(CdcLine line, TwinCommand command)
    {
        var name = command.Argument("feeder");
        var c = Ingredient.IndexOf(name);
        if (c < 0)
        {
            return new TwinError("feeder", string.Join('|', Ingredient.Names), $"unknown feeder '{name}'");
        }

        var feeder = line.State.Feeders[c];
        if (feeder.Refilling)
        {
            return new TwinError("feeder", "a feeder that is not refilling", $"the {name} feeder is already refilling");
        }

        var p = line.State.Parameters;
        return new PreparedChange(
            $"feeder.{name}.level", Inv($"{feeder.Level:R}"), Inv($"{p[CdcParameters.FeederCapacity + c]:R}"),
            () =>
            {
                if (!feeder.Refilling)
                {
                    feeder.StartRefill(p[CdcParameters.FeederCapacity + c], p[CdcParameters.RefillDuration]);
                }
            });
    }

    private static Preparation PrepareFault(CdcLine line, TwinCommand command)
    {
        var kind = command.Argument("kind");
        var s = line.State;
        var active = Inv($"bridging={Flag(s.Bridging)} nir_drift={Flag(s.Nir.DriftRate != 0)} wear={s.Health.Wear:R}");
        Action? apply = kind switch
        {
            "feeder_bridging" => () => line.State.Bridging = true,
            "punch_wear_jump" => () => line.State.Health.Wear = Math.Min(0.99, line.State.Health.Wear + CdcLine.WearJump),
            "nir_drift" => () => line.State.Nir.DriftRate = CdcLine.NirDriftPercentPerHour / 100 / 3600,
            "clear" => () => (line.State.Bridging, line.State.Nir.DriftRate, line.State.Nir.Drift) = (false, 0, 0),
            _ => null,
        };
        return apply is null
            ? new TwinError("kind", string.Join('|', FaultKinds), $"unknown fault '{kind}'")
            : new PreparedChange("fault", active, kind, apply);
    }

    private static string Flag(bool value) => value ? "1" : "0";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
