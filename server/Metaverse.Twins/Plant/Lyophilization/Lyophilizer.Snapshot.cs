using System.Text.Json;
using Metaverse.Twins.Core;
using P = Metaverse.Twins.Plant.Lyophilization.LyoParameters;

namespace Metaverse.Twins.Plant.Lyophilization;

/// <summary>Exact snapshots: fronts, end times, Kv factors, recipe, solver step and random state.</summary>
public sealed partial class Lyophilizer
{
    /// <summary>The snapshot format this build writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>NaN and infinities are state too (e.g. a controller before its first sample): written as named literals.</summary>
    private static readonly JsonSerializerOptions JsonOptions = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public TwinSnapshot Snapshot()
    {
        var state = new LyophilizerSnapshotV1(TimeSeconds, _stateTime, _startedAt, [.. _model.Guesses], [.. _parameters], [.. _kvFactors], [.. _cake], [.. _finished],
            _recipe.State, _solverStep, _random.State);
        return new TwinSnapshot(Kind, FormatVersion, JsonSerializer.SerializeToUtf8Bytes(state, JsonOptions));
    }

    public TwinError? Restore(TwinSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Kind != Kind)
        {
            return new TwinError("kind", Kind, $"a '{snapshot.Kind}' snapshot cannot restore a {Kind}");
        }

        LyophilizerSnapshotV1? state;
        try
        {
            state = Migrate(snapshot.FormatVersion, snapshot.Utf8Json);
        }
        catch (JsonException e)
        {
            return new TwinError("snapshot", $"format version {FormatVersion}", $"corrupt snapshot: {e.Message}");
        }

        if (state is null || !state.Fits(_cake.Length))
        {
            return new TwinError("snapshot", $"format version 1–{FormatVersion} of a {_cake.Length}-vial shelf", $"version {snapshot.FormatVersion} is unknown, incomplete or of another shelf size");
        }

        Apply(state);
        return null;
    }

    public ITwin Fork()
    {
        var fork = new Lyophilizer(_parameters, 1, _solver.RelativeTolerance);
        fork.Apply(Migrate(FormatVersion, Snapshot().Utf8Json)!);
        return fork;
    }

    /// <summary>Migration hook: reads any known version into the current shape (null when unknown).</summary>
    private static LyophilizerSnapshotV1? Migrate(int version, byte[] json) => version switch
    {
        1 => JsonSerializer.Deserialize<LyophilizerSnapshotV1>(json, JsonOptions),
        _ => null,
    };

    private void Apply(LyophilizerSnapshotV1 state)
    {
        (TimeSeconds, _stateTime, _startedAt) = (state.TimeSeconds, state.StateTime, state.StartedAt);
        state.Guesses.CopyTo(_model.Guesses, 0);
        state.Parameters.CopyTo(_parameters, 0);
        state.KvFactors.CopyTo(_kvFactors, 0);
        state.Cake.CopyTo(_cake, 0);
        state.Finished.CopyTo(_finished, 0);
        _recipe.Restore(state.Recipe);
        _solverStep = state.SolverStep;
        _random = TwinRandom.FromState(state.Random);
    }
}

/// <summary>Version 1 of the freeze dryer's saved state.</summary>
internal sealed record LyophilizerSnapshotV1(
    double TimeSeconds, double StateTime, double StartedAt, double[] Guesses, double[] Parameters, double[] KvFactors, double[] Cake, double[] Finished,
    double[] Recipe, double SolverStep, ulong[] Random)
{
    public bool Fits(int vials) =>
        Parameters?.Length == P.All.Count && KvFactors?.Length == vials && Cake?.Length == vials && Guesses?.Length == vials && Finished?.Length == vials
        && Recipe?.Length == 11 && Random?.Length == 4 && Random.Any(w => w != 0)
        && (int)Parameters[P.GridRows] * (int)Parameters[P.GridColumns] == vials;
}
