using System.Numerics;

namespace Metaverse.ClientXr.Scenes;

/// <summary>The three areas of the shared world. Everyone in a room shares one world; each scene is a place in it.</summary>
public enum SceneId
{
    Plant,
    Patient,
    Molecules,
}

/// <summary>Where each scene lies in the world (metres) and the viewpoint the camera jumps to when Tab selects it.</summary>
public static class SceneLayout
{
    /// <summary>Plant hall floor centre: the twins' equipment stands around it; headless bots walk here (±9 m).</summary>
    public static readonly Vector3 PlantCentre = Vector3.Zero;

    /// <summary>Patient room floor centre, east of the hall.</summary>
    public static readonly Vector3 PatientCentre = new(40f, 0f, 0f);

    /// <summary>Molecule lab floor centre, north of the hall (the lab twin's bench stands here).</summary>
    public static readonly Vector3 MoleculeCentre = new(0f, 0f, -40f);

    public static Vector3 Centre(SceneId scene) => scene switch
    {
        SceneId.Plant => PlantCentre,
        SceneId.Patient => PatientCentre,
        SceneId.Molecules => MoleculeCentre,
        _ => throw new ArgumentOutOfRangeException(nameof(scene), scene, null),
    };

    /// <summary>The default eye position, yaw and pitch (radians) of a scene: standing at its south side, looking north and slightly down.</summary>
    public static (Vector3 Position, float Yaw, float Pitch) Viewpoint(SceneId scene) => scene switch
    {
        SceneId.Plant => (PlantCentre + new Vector3(0f, 2.4f, 5.5f), 0f, -0.12f),
        SceneId.Patient => (PatientCentre + new Vector3(0f, 1.7f, 3.2f), 0f, -0.12f),
        SceneId.Molecules => (MoleculeCentre + new Vector3(0f, 1.55f, 1.2f), 0f, -0.35f),
        _ => throw new ArgumentOutOfRangeException(nameof(scene), scene, null),
    };

    public static SceneId Next(SceneId scene) => (SceneId)(((int)scene + 1) % 3);

    /// <summary>The scene whose area contains <paramref name="position"/> (nearest centre on the floor plane).</summary>
    public static SceneId Nearest(Vector3 position) =>
        Enum.GetValues<SceneId>().MinBy(s => Vector2.DistanceSquared(new(position.X, position.Z), new(Centre(s).X, Centre(s).Z)));
}
