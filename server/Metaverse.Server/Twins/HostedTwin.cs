using System.Globalization;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Twins;

/// <summary>
/// A twin running in a room: its id, its time scale (0 = paused, up to the kind's maximum), its
/// channel values after the latest step and their recent history. Replicated channels are the twin's
/// own preceded by <see cref="TimeChannel"/>. Simulation thread only.
/// </summary>
public sealed class HostedTwin
{
    public const string TimeChannel = "time";
    public const string TimeScaleAction = "time-scale";
    private const int HistoryRows = 3600;

    private readonly double[] _values;

    public HostedTwin(string id, ITwin twin, TwinKind kind, int tickHz)
    {
        Id = id;
        Twin = twin;
        Kind = kind;
        Channels = [new ChannelSpec(TimeChannel, "s", "simulated time since the twin started", 1), .. twin.Channels];
        _values = new double[Channels.Count];
        History = new ChannelHistory(Channels.Count, HistoryRows, tickHz);
        Refresh();
    }

    public string Id { get; }

    public ITwin Twin { get; }

    public TwinKind Kind { get; }

    /// <summary>Simulated seconds per real second; 0 while paused.</summary>
    public double TimeScale { get; private set; } = 1;

    public IReadOnlyList<ChannelSpec> Channels { get; }

    public ReadOnlySpan<double> Values => _values;

    public ChannelHistory History { get; }

    /// <summary>Advances the twin by <paramref name="realSeconds"/> × time scale and records its channels.</summary>
    public void Step(double realSeconds)
    {
        if (TimeScale > 0)
        {
            Twin.Step(realSeconds * TimeScale);
        }

        Refresh();
        History.Offer(_values);
    }

    /// <summary>Validates a time-scale change (0 pauses) against this kind's maximum.</summary>
    public Preparation PrepareTimeScale(string? text)
    {
        var spec = new ParameterSpec("arguments.scale", "1", 0, Kind.MaxTimeScale, 1, "simulated seconds per real second; 0 pauses");
        var error = spec.TryParse(text, out var scale);
        return error is not null
            ? error
            : new PreparedChange($"{Id}/time-scale", Format(TimeScale), Format(scale), () => TimeScale = scale);
    }

    private void Refresh()
    {
        _values[0] = Twin.TimeSeconds;
        Twin.ReadChannels(_values.AsSpan(1));
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
