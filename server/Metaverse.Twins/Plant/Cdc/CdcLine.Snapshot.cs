using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Cdc;

/// <summary>Snapshots: the whole <see cref="CdcState"/> as versioned JSON, restored bit for bit.</summary>
public sealed partial class CdcLine
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public TwinSnapshot Snapshot()
    {
        _s.Random = _random.State;
        return new TwinSnapshot(Kind, CdcState.CurrentFormatVersion, JsonSerializer.SerializeToUtf8Bytes(_s, Json));
    }

    public TwinError? Restore(TwinSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Kind != Kind)
        {
            return new TwinError("kind", Kind, $"a '{snapshot.Kind}' snapshot cannot restore a {Kind}");
        }

        CdcState? state;
        try
        {
            var node = JsonNode.Parse(snapshot.Utf8Json) as JsonObject;
            var migrated = node is null ? null : Migrate(node, snapshot.FormatVersion);
            state = migrated?.Deserialize<CdcState>(Json);
        }
        catch (JsonException e)
        {
            return new TwinError("snapshot", "a cdc-line snapshot", $"corrupt snapshot: {e.Message}");
        }

        if (state is null || snapshot.FormatVersion < 1 || snapshot.FormatVersion > CdcState.CurrentFormatVersion)
        {
            return new TwinError("formatVersion", $"1–{CdcState.CurrentFormatVersion}", $"cannot read snapshot format {snapshot.FormatVersion}");
        }

        var problem = state.Check() ?? (state.Random.All(w => w == 0) ? "random state is zero" : null);
        if (problem is not null)
        {
            return new TwinError("snapshot", "a consistent cdc-line state", $"inconsistent snapshot: {problem}");
        }

        state.FormatVersion = CdcState.CurrentFormatVersion;
        Replace(state, TwinRandom.FromState(state.Random));
        return null;
    }

    /// <summary>
    /// Brings an older snapshot's JSON up to the current format, one version at a time (version 1 is
    /// current; add a case per format change). Null for versions this build does not know.
    /// </summary>
    private static JsonObject? Migrate(JsonObject json, int version) =>
        version == CdcState.CurrentFormatVersion ? json : null;
}
