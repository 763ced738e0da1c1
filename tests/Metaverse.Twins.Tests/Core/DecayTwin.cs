using System.Text.Json;
using Metaverse.Twins.Core;

namespace Metaverse.Twins.Tests.Core;

/// <summary>
/// A minimal real twin for the runner's tests: x' = −k·x, solved exactly, with one command
/// ("set" x) and a snapshot. Small enough that expected trajectories are closed forms.
/// </summary>
internal sealed class DecayTwin(double x, double ratePerSecond) : ITwin
{
    private static readonly ParameterSpec Amount = new("x", "mg", 0, 1000, 1, "amount");

    private double _x = x;

    public string Kind => "decay";

    public double TimeSeconds { get; private set; }

    public IReadOnlyList<ParameterSpec> Parameters => [Amount];

    public IReadOnlyList<ChannelSpec> Channels => [new("x", "mg", "amount left")];

    public IReadOnlyList<CommandSpec> Commands => [new("set", "sets x", [new("value", Amount.Range, "new amount")])];

    public void ReadChannels(Span<double> values) => values[0] = _x;

    public void Step(double dtSeconds)
    {
        _x *= Math.Exp(-ratePerSecond * dtSeconds);
        TimeSeconds += dtSeconds;
    }

    public Preparation Prepare(TwinCommand command)
    {
        if (command.Action != "set")
        {
            return new TwinError("action", "set", $"unknown action '{command.Action}'");
        }

        var error = Amount.TryParse(command.Argument("value"), out var value);
        return error is not null ? error : new PreparedChange("x", _x.ToString("R"), value.ToString("R"), () => _x = value);
    }

    public TwinSnapshot Snapshot() => new(Kind, 1, JsonSerializer.SerializeToUtf8Bytes(new[] { _x, TimeSeconds }));

    public TwinError? Restore(TwinSnapshot snapshot)
    {
        var state = JsonSerializer.Deserialize<double[]>(snapshot.Utf8Json)!;
        (_x, TimeSeconds) = (state[0], state[1]);
        return null;
    }

    public ITwin Fork()
    {
        var fork = new DecayTwin(0, ratePerSecond);
        fork.Restore(Snapshot());
        return fork;
    }
}
