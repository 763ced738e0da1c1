using System.Globalization;
using System.Text.Json;
using Metaverse.Server.Twins;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Tests.Twins;

/// <summary>
/// A small real twin for the hosting tests: channel "level" rises at "rate" units per simulated
/// second; "rate" is a setpoint (0–10); channel "still" never changes.
/// </summary>
internal sealed class RampTwin : ITwin
{
    public static readonly ParameterSpec Rate = new("rate", "1/s", 0, 10, 1, "rise per simulated second");

    private double _level;
    private double _rate = 1;

    public static TwinKind Kind(double maxTimeScale = 1000) =>
        new("ramp", _ => new RampTwin(), maxTimeScale, new HashSet<string>(["operator"], StringComparer.Ordinal));

    string ITwin.Kind => "ramp";

    public double TimeSeconds { get; private set; }

    public IReadOnlyList<ParameterSpec> Parameters => [Rate];

    public IReadOnlyList<ChannelSpec> Channels => [new("level", "1", "rising value", 0.5), new("still", "1", "constant")];

    public IReadOnlyList<CommandSpec> Commands => [new("setpoint", "sets the rate", [new("value", Rate.Range, "rate")])];

    public void ReadChannels(Span<double> values)
    {
        values[0] = _level;
        values[1] = 42;
    }

    public void Step(double dtSeconds)
    {
        _level += _rate * dtSeconds;
        TimeSeconds += dtSeconds;
    }

    public Preparation Prepare(TwinCommand command)
    {
        if (command.Action != "setpoint")
        {
            return new TwinError("action", "setpoint", $"unknown action '{command.Action}'");
        }

        var error = Rate.TryParse(command.Argument("value"), out var rate);
        return error is not null ? error : new PreparedChange("rate", Format(_rate), Format(rate), () => _rate = rate);
    }

    public TwinSnapshot Snapshot() => new("ramp", 1, JsonSerializer.SerializeToUtf8Bytes(new[] { _level, _rate, TimeSeconds }));

    public TwinError? Restore(TwinSnapshot snapshot)
    {
        var state = JsonSerializer.Deserialize<double[]>(snapshot.Utf8Json)!;
        (_level, _rate, TimeSeconds) = (state[0], state[1], state[2]);
        return null;
    }

    public ITwin Fork()
    {
        var fork = new RampTwin();
        fork.Restore(Snapshot());
        return fork;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
