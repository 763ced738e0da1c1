using System.Globalization;
using Metaverse.Twins.Core;
using P = Metaverse.Twins.Plant.Bioreactor.BioreactorParameters;
using S = Metaverse.Twins.Plant.Bioreactor.CultureState;

namespace Metaverse.Twins.Plant.Bioreactor;

/// <summary>Commands: validated in <see cref="Prepare"/> without touching the state, applied by the returned change.</summary>
public sealed partial class Bioreactor
{
    private static readonly ParameterSpec BolusVolume = new("volume_L", "L", 0.001, 5000, 10, "bolus feed volume");
    private static readonly ParameterSpec FeedRateArgument = new("rate_L_per_h", "L/h", 0, 1000, 1.8, "continuous feed rate");
    private static readonly ParameterSpec ContaminantLevel = new("level", "10*6/mL", 1e-9, 1, 1e-3, "contaminant inoculum");
    private static readonly ParameterSpec DriftRate = new("rate", "unit/h", -100, 100, 0, "probe drift per hour");

    public IReadOnlyList<CommandSpec> Commands { get; } =
    [
        new("feed", "a bolus of feed medium, or a new continuous feed rate",
            [new("volume_L", BolusVolume.Range + " (bolus; room left up to volume_max)", "bolus volume"), new("rate_L_per_h", FeedRateArgument.Range, "continuous feed rate")]),
        new("setpoint", "changes a loop setpoint",
            [new("loop", "temperature | ph | do", "which loop"), new("value", "temperature 30–40 Cel, ph 6.6–7.6, do 10–90 %", "new setpoint")]),
        new("harvest", "ends the batch: the broth is harvested and the culture stops", []),
        new("inoculate", "starts a new batch with the initial medium and inoculum", []),
        new("fault", "injects a training fault",
            [new("type", "contamination | probe", "fault kind"), new("probe", "temperature | ph | do", "which probe (type=probe)"),
             new("mode", "stuck | drift", "how the probe misreads (type=probe)"), new("rate", DriftRate.Range, "drift per hour (mode=drift)"),
             new("level", ContaminantLevel.Range, "contaminant inoculum (type=contamination)")]),
        new("clear", "clears all faults (a trainer's reset: the contaminant is removed too)", []),
    ];

    public Preparation Prepare(TwinCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Action switch
        {
            "feed" => PrepareFeed(command),
            "setpoint" => PrepareSetpoint(command),
            "harvest" => _harvested
                ? new TwinError("action", "a batch not yet harvested", "the batch was already harvested")
                : new PreparedChange("harvest", "running", "harvested", () => _harvested = true),
            "inoculate" => new PreparedChange("batch", _harvested ? "harvested" : "running", "inoculated", Inoculate),
            "fault" => PrepareFault(command),
            "clear" => new PreparedChange("faults", FaultSummary(), "none", ClearFaults),
            _ => new TwinError("action", "feed, setpoint, harvest, inoculate, fault, clear", $"unknown action '{command.Action}'"),
        };
    }

    private Preparation PrepareFeed(TwinCommand command)
    {
        if (_harvested)
        {
            return new TwinError("action", "a running batch", "the batch was harvested");
        }

        if (command.Argument("volume_L") is { } volumeText)
        {
            var room = _parameters[P.MaxVolume] - _y[S.Volume];
            var spec = BolusVolume with { Max = Math.Max(BolusVolume.Min, room) };
            var error = spec.TryParse(volumeText, out var volume);
            return error is not null ? error : new PreparedChange("feed.bolus", "0", Inv(volume), () => AddBolus(volume));
        }

        if (command.Argument("rate_L_per_h") is { } rateText)
        {
            var error = FeedRateArgument.TryParse(rateText, out var rate);
            return error is not null ? error : new PreparedChange("feed.rate", Inv(CurrentFeedRate()), Inv(rate), () => _feedOverride = rate);
        }

        return new TwinError("volume_L", BolusVolume.Range, "feed needs volume_L (bolus) or rate_L_per_h (continuous)");
    }

    private Preparation PrepareSetpoint(TwinCommand command)
    {
        var (loop, spec) = command.Argument("loop") switch
        {
            "temperature" => (_temperature, P.All[P.TemperatureSetpoint]),
            "ph" => (_ph, P.All[P.PhSetpoint]),
            "do" => (_oxygen, P.All[P.DoSetpoint]),
            var other => ((ControlLoop?)null, (ParameterSpec?)null),
        };
        if (loop is null || spec is null)
        {
            return new TwinError("loop", "temperature, ph, do", $"unknown loop '{command.Argument("loop")}'");
        }

        var error = (spec with { Name = "value" }).TryParse(command.Argument("value"), out var value);
        return error is not null ? error : new PreparedChange($"{loop.Name}.setpoint", Inv(loop.Setpoint), Inv(value), () => loop.Setpoint = value);
    }

    private Preparation PrepareFault(TwinCommand command)
    {
        switch (command.Argument("type"))
        {
            case "contamination":
                var level = ContaminantLevel.Default;
                var error = command.Argument("level") is { } text ? ContaminantLevel.TryParse(text, out level) : null;
                return error is not null ? error : new PreparedChange("fault.contamination", Inv(_y[S.Contaminant]), Inv(level), () => _y[S.Contaminant] += level);
            case "probe":
                return PrepareProbeFault(command);
            default:
                return new TwinError("type", "contamination, probe", $"unknown fault type '{command.Argument("type")}'");
        }
    }

    private Preparation PrepareProbeFault(TwinCommand command)
    {
        ControlLoop? loop = command.Argument("probe") switch { "temperature" => _temperature, "ph" => _ph, "do" => _oxygen, _ => null };
        if (loop is null)
        {
            return new TwinError("probe", "temperature, ph, do", $"unknown probe '{command.Argument("probe")}'");
        }

        ProbeFault? mode = command.Argument("mode") switch { "stuck" => ProbeFault.Stuck, "drift" => ProbeFault.Drift, _ => null };
        if (mode is null)
        {
            return new TwinError("mode", "stuck, drift", $"unknown probe fault mode '{command.Argument("mode")}'");
        }

        var rate = loop.DefaultDriftPerHour;
        var error = command.Argument("rate") is { } text ? DriftRate.TryParse(text, out rate) : null;
        var fault = mode.Value;
        return error is not null
            ? error
            : new PreparedChange($"fault.probe.{loop.Name}", loop.Fault.ToString(), fault.ToString(), () => loop.SetFault(fault, rate));
    }

    private void AddBolus(double volume)
    {
        var old = _y[S.Volume];
        var total = old + volume;
        var keep = old / total;
        for (var i = S.Viable; i <= S.Titer; i++)
        {
            _y[i] *= keep;
        }

        _y[S.Contaminant] *= keep;
        _y[S.Glucose] += _parameters[P.FeedGlc] * volume / total;
        _y[S.Glutamine] += _parameters[P.FeedGln] * volume / total;
        _y[S.GlucoseFed] += _parameters[P.FeedGlc] * volume;
        _y[S.GlutamineFed] += _parameters[P.FeedGln] * volume;
        _y[S.Volume] = total;
    }

    private void ClearFaults()
    {
        _temperature.SetFault(ProbeFault.None, 0);
        _ph.SetFault(ProbeFault.None, 0);
        _oxygen.SetFault(ProbeFault.None, 0);
        _y[S.Contaminant] = 0;
    }

    private string FaultSummary()
    {
        var faults = new[] { _temperature, _ph, _oxygen }.Where(l => l.Fault != ProbeFault.None).Select(l => $"{l.Name} {l.Fault}").ToList();
        if (_y[S.Contaminant] > 0)
        {
            faults.Add("contamination");
        }

        return faults.Count == 0 ? "none" : string.Join(", ", faults);
    }

    private static string Inv(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
