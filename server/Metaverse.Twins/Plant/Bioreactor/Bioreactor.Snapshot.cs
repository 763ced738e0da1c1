using System.Text.Json;
using Metaverse.Twins.Core;
using P = Metaverse.Twins.Plant.Bioreactor.BioreactorParameters;
using S = Metaverse.Twins.Plant.Bioreactor.CultureState;

namespace Metaverse.Twins.Plant.Bioreactor;

/// <summary>Exact snapshots: every double round-trips through JSON, the random generator and the solver's next step included.</summary>
public sealed partial class Bioreactor
{
    /// <summary>The snapshot format this build writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>NaN and infinities are state too (e.g. a controller before its first sample): written as named literals.</summary>
    private static readonly JsonSerializerOptions JsonOptions = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public TwinSnapshot Snapshot()
    {
        var state = new BioreactorSnapshotV1(
            TimeSeconds, [.. _parameters], [.. _y], _temperature.State, _ph.State, _oxygen.State,
            [_model.Heater, _model.Base, _model.Oxygen], _samples, _harvested, _feedOverride, _inoculatedAt,
            _solverStep, _random.State);
        return new TwinSnapshot(Kind, FormatVersion, JsonSerializer.SerializeToUtf8Bytes(state, JsonOptions));
    }

    public TwinError? Restore(TwinSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Kind != Kind)
        {
            return new TwinError("kind", Kind, $"a '{snapshot.Kind}' snapshot cannot restore a {Kind}");
        }

        BioreactorSnapshotV1? state;
        try
        {
            state = Migrate(snapshot.FormatVersion, snapshot.Utf8Json);
        }
        catch (JsonException e)
        {
            return new TwinError("snapshot", $"format version {FormatVersion}", $"corrupt snapshot: {e.Message}");
        }

        if (state is null || !state.IsComplete())
        {
            return new TwinError("snapshot", $"format version 1–{FormatVersion}", $"version {snapshot.FormatVersion} is unknown or incomplete");
        }

        Apply(state);
        return null;
    }

    public ITwin Fork()
    {
        var fork = new Bioreactor(_parameters, 0, _solver.RelativeTolerance);
        fork.Apply(Migrate(FormatVersion, Snapshot().Utf8Json)!);
        return fork;
    }

    /// <summary>Migration hook: reads any known version and returns the current shape (null when unknown).</summary>
    private static BioreactorSnapshotV1? Migrate(int version, byte[] json) => version switch
    {
        1 => JsonSerializer.Deserialize<BioreactorSnapshotV1>(json, JsonOptions),
        _ => null,
    };

    private void Apply(BioreactorSnapshotV1 state)
    {
        TimeSeconds = state.TimeSeconds;
        state.Parameters.CopyTo(_parameters, 0);
        state.Culture.CopyTo(_y, 0);
        _temperature.Restore(state.Temperature);
        _ph.Restore(state.Ph);
        _oxygen.Restore(state.Oxygen);
        (_model.Heater, _model.Base, _model.Oxygen) = (state.Actuators[0], state.Actuators[1], state.Actuators[2]);
        (_samples, _harvested, _feedOverride, _inoculatedAt) = (state.Samples, state.Harvested, state.FeedOverride, state.InoculatedAt);
        _solverStep = state.SolverStep;
        _random = TwinRandom.FromState(state.Random);
    }
}

/// <summary>Version 1 of the bioreactor's saved state.</summary>
internal sealed record BioreactorSnapshotV1(
    double TimeSeconds, double[] Parameters, double[] Culture, double[] Temperature, double[] Ph, double[] Oxygen,
    double[] Actuators, long Samples, bool Harvested, double FeedOverride, double InoculatedAt, double SolverStep, ulong[] Random)
{
    private const int LoopStateLength = 9;

    public bool IsComplete() =>
        Parameters?.Length == P.All.Count && Culture?.Length == S.Count && Temperature?.Length == LoopStateLength
        && Ph?.Length == LoopStateLength && Oxygen?.Length == LoopStateLength && Actuators?.Length == 3
        && Random?.Length == 4 && Random.Any(w => w != 0);
}
