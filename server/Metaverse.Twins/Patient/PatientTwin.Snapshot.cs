using System.Text.Json;
using System.Text.Json.Serialization;
using Metaverse.Twins.Core;
using Metaverse.Twins.Patient.Oncology;
using Metaverse.Twins.Patient.Organs;

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
            PseudonymousId, Covariates, Pk, _effect, _system.PkPd.Pd, _kdMgPerL, _residual, _random.State, TimeSeconds, _timeH,
            _stepH, _y[..PkPdSystem.Size], [.. _pending], [.. _infusions], _totalDoseMg, _lastLevel, _regimen,
            Organs, Tumour, _y[PatientBodySystem.OrgansOffset..PatientBodySystem.TumourOffset], _y[PatientBodySystem.TumourOffset..]);
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
        _system = new PatientBodySystem(new PkPdSystem(state.Pk, state.Biomarker), new PbpkSystem(state.Organs!), state.Tumour!);
        _random = TwinRandom.FromState(state.Random);
        (TimeSeconds, _timeH, _stepH, _totalDoseMg, _lastLevel, _regimen) = (state.TimeSeconds, state.TimeH, state.SolverStepH, state.TotalDoseMg, state.LastLevelMgPerL, state.Regimen);
        state.Y.CopyTo(_y, 0);
        state.OrganState!.CopyTo(_y, PatientBodySystem.OrgansOffset);
        state.TumourState!.CopyTo(_y, PatientBodySystem.TumourOffset);
        _pending.Clear();
        _pending.AddRange(state.Pending);
        _infusions.Clear();
        _infusions.AddRange(state.Infusions);
        _system.InfusionMgPerH = _infusions.Sum(i => i.RateMgPerH);
        return null;
    }

    /// <summary>Reads a snapshot of any known version; older versions are migrated step by step (<see cref="PatientTwinMigration"/>).</summary>
    private static (PatientTwinState? State, TwinError? Error) Read(TwinSnapshot snapshot)
    {
        if (snapshot.FormatVersion is < 1 or > FormatVersion)
        {
            return (null, new TwinError("format_version", $"{FormatVersion}", $"snapshot version {snapshot.FormatVersion} is not known"));
        }

        try
        {
            var state = JsonSerializer.Deserialize<PatientTwinState>(snapshot.Utf8Json, Json);
            var valid = state is { Y.Length: PkPdSystem.Size, Random.Length: 4, Pk: not null, Covariates: not null }
                && state.Random.Any(w => w != 0) && state.Pending is not null && state.Infusions is not null;
            if (valid && snapshot.FormatVersion == 1)
            {
                state = PatientTwinMigration.FromVersion1(state!);
            }

            valid = valid && state is { OrganState.Length: PbpkSystem.Size, TumourState.Length: SimeoniModel.Size, Organs: not null, Tumour: not null }
                && state.Organs.Validate() is null && state.Tumour.Validate() is null;
            return valid ? (state, null) : (null, new TwinError("snapshot", "a patient twin snapshot", "the snapshot is incomplete"));
        }
        catch (JsonException e)
        {
            return (null, new TwinError("snapshot", "a patient twin snapshot", $"corrupt snapshot: {e.Message}"));
        }
    }
}
