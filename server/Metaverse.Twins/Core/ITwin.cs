namespace Metaverse.Twins.Core;

/// <summary>
/// A digital twin: parameters with units and ranges, a state advanced by <see cref="Step"/>, channels
/// it publishes, commands that validate before they change anything, and an exact snapshot.
/// Not thread-safe: one thread (the room's simulation thread) owns an instance.
/// </summary>
public interface ITwin
{
    /// <summary>The model, e.g. "cdc-line", "bioreactor", "lyophilizer", "patient".</summary>
    string Kind { get; }

    /// <summary>Simulated time since the twin started, in seconds.</summary>
    double TimeSeconds { get; }

    IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <summary>Published channels; <see cref="ReadChannels"/> fills values in this order.</summary>
    IReadOnlyList<ChannelSpec> Channels { get; }

    IReadOnlyList<CommandSpec> Commands { get; }

    /// <summary>Writes the current channel values into <paramref name="values"/> (length ≥ Channels.Count).</summary>
    void ReadChannels(Span<double> values);

    /// <summary>
    /// Advances simulated time by <paramref name="dtSeconds"/> (≥ 0, any size: a twin sub-steps
    /// internally to its own stable step, so 1000× time scale at 30 Hz is a 33 s call).
    /// </summary>
    void Step(double dtSeconds);

    /// <summary>Validates a command against the current state without changing anything.</summary>
    Preparation Prepare(TwinCommand command);

    TwinSnapshot Snapshot();

    /// <summary>Replaces the whole state; an error (wrong kind, unknown or corrupt version) leaves the twin unchanged.</summary>
    TwinError? Restore(TwinSnapshot snapshot);

    /// <summary>An independent copy with the same state, for what-if runs that must not disturb this one.</summary>
    ITwin Fork();
}
