using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Metaverse.Shared.Replication;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Twins.Lab;

/// <summary>Snapshots: time and every molecule's pose as versioned JSON (floats round-trip exactly); holders are not kept.</summary>
public sealed partial class MoleculeLab
{
    public TwinSnapshot Snapshot()
    {
        var state = new LabState
        {
            TimeSeconds = TimeSeconds,
            Molecules = [.. _molecules.Select(m => new LabMoleculeState(
                m.Name, m.Pose.Position.X, m.Pose.Position.Y, m.Pose.Position.Z, m.Pose.Rotation.X, m.Pose.Rotation.Y, m.Pose.Rotation.Z, m.Pose.Rotation.W))],
        };
        return new TwinSnapshot(Kind, LabState.CurrentFormatVersion, JsonSerializer.SerializeToUtf8Bytes(state));
    }

    /// <summary>Restores time and poses; every molecule comes back free. A bad snapshot changes nothing.</summary>
    public TwinError? Restore(TwinSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Kind != Kind)
        {
            return new TwinError("kind", Kind, $"a '{snapshot.Kind}' snapshot cannot restore a {Kind}");
        }

        LabState? state;
        try
        {
            var migrated = JsonNode.Parse(snapshot.Utf8Json) is JsonObject json ? Migrate(json, snapshot.FormatVersion) : null;
            state = migrated?.Deserialize<LabState>();
        }
        catch (JsonException e)
        {
            return new TwinError("snapshot", "a molecule-lab snapshot", $"corrupt snapshot: {e.Message}");
        }

        if (state is null)
        {
            return new TwinError("formatVersion", $"1–{LabState.CurrentFormatVersion}", $"cannot read snapshot format {snapshot.FormatVersion}");
        }

        var poses = Poses(state);
        if (poses is null || !(double.IsFinite(state.TimeSeconds) && state.TimeSeconds >= 0))
        {
            return new TwinError("snapshot", "every bench molecule once, finite poses inside the room", "inconsistent snapshot");
        }

        TimeSeconds = state.TimeSeconds;
        for (var i = 0; i < _molecules.Length; i++)
        {
            _molecules[i].Free();
            _molecules[i].Pose = poses[i];
        }

        return null;
    }

    public ITwin Fork()
    {
        var fork = new MoleculeLab();
        fork.Restore(Snapshot());
        return fork;
    }

    /// <summary>The saved poses in bench order, or null unless every molecule is there once with a finite pose in the room.</summary>
    private RigidPose[]? Poses(LabState state)
    {
        if (state.Molecules is not { } saved || saved.Count != _molecules.Length)
        {
            return null;
        }

        var poses = new RigidPose[_molecules.Length];
        for (var i = 0; i < poses.Length; i++)
        {
            var m = saved.Find(s => s?.Name == _molecules[i].Name);
            var position = m is null ? new Vector3(float.NaN) : new Vector3(m.X, m.Y, m.Z);
            var rotation = m is null ? default : new Quaternion(m.Qx, m.Qy, m.Qz, m.Qw);
            var length = rotation.Length();
            if (!float.IsFinite(position.X + position.Y + position.Z) || Vector3.Clamp(position, PositionQuantizer.Default.Min, PositionQuantizer.Default.Max) != position
                || !float.IsFinite(length) || length < 0.5f)
            {
                return null;
            }

            poses[i] = new RigidPose(position, Math.Abs(length - 1) < 1e-3f ? rotation : Quaternion.Normalize(rotation));
        }

        return poses;
    }

    /// <summary>Brings an older snapshot's JSON to the current format one version at a time (1 is current; add a case per change). Null for unknown versions.</summary>
    private static JsonObject? Migrate(JsonObject json, int version) =>
        version == LabState.CurrentFormatVersion ? json : null;
}
