using System.Text.Json;
using System.Text.Json.Serialization;
using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient;

/// <summary>Snapshot and restore of the patient twin: versioned JSON, doubles round-trip exactly.</summary>
public sealed partial class PatientTwin
{
    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public TwinSnapshot Snapshot()
    {
        var state = new PatientTwinState(
            PseudonymousId, Covariates, _system.Pk, _effect, _system.Pd, _kdMgPerL, _residual, _random.State, TimeSeconds, _timeH,
            _stepH, [.. _y], [.. _pending], [.. _infusions], _totalDoseMg, _lastLevel, _regimen);
        return new TwinSnapshot(Kind, FormatVersion, JsonSerializer.SerializeToUtf8Bytes(state, Json));
    }

    public TwinError? Restore(TwinSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Kind != Kind)
        {
            return new TwinError("kind", Kind, $"a '{snapshot.Kind}' snapshot cannot restore a patient twin");
        }

        var (state, error) = Read(snapshot);
        if (error is not null)
        {
            return error;
        }

        (PseudonymousId, Covariates, _effect, _kdMgPerL, _residual) = (state!.PseudonymousId, state.Covariates, state.Effect, state.KdMgPerL, state.Residual);
        _system = new PkPdSystem(state.Pk, state.Biomarker);
        _random = TwinRandom.FromState(state.Random);
        (TimeSeconds, _timeH, _stepH, _totalDoseMg, _lastLevel, _regimen) = (state.TimeSeconds, state.TimeH, state.SolverStepH, state.TotalDoseMg, state.LastLevelMgPerL, state.Regimen);
        state.Y.CopyTo(_y, 0);
        _pending.Clear();
        _pending.AddRange(state.Pending);
        _infusions.Clear();
        _infusions.AddRange(state.Infusions);
        _system.InfusionMgPerH = _infusions.Sum(i => i.RateMgPerH);
        return null;
    }

    /// <summary>Reads a snapshot of any known version; older versions are migrated here step by step (only version 1 exists).</summary>
    private static (PatientTwinState? State, TwinError? Error) Read(TwinSnapshot snapshot)
    {
        if (snapshot.FormatVersion != FormatVersion)
        {
            return (null, new TwinError("format_version", $"{FormatVersion}", $"snapshot version {snapshot.FormatVersion} is not known"));
        }

        try
        {
            var state = JsonSerializer.Deserialize<PatientTwinState>(snapshot.Utf8Json, Json);
            var valid = state is { Y.Length: PkPdSystem.Size, Random.Length: 4, Pk: not null, Covariates: not null }
                && state.Random.Any(w => w != 0) && state.Pending is not null && state.Infusions is not null;
            return valid ? (state, null) : (null, new TwinError("snapshot", "a patient twin snapshot", "the snapshot is incomplete"));
        }
        catch (JsonException e)
        {
            return (null, new TwinError("snapshot", "a patient twin snapshot", $"corrupt snapshot: {e.Message}"));
        }
    }
}
