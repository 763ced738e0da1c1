using System.Numerics;
using Metaverse.ClientXr.Content.Primitives;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Plant;

/// <summary>
/// A small beacon for an equipment's health colour, standing on y = 0 at its anchor: a dark base
/// (cylinder r 0.03 m, 0.04 m high) and a lamp (sphere r 0.04 m centred 0.08 m up, top at 0.12 m). Draw the lamp
/// emissive in the health colour: <c>draw.Mesh(light.Lamp, Matrix4x4.CreateTranslation(anchor) * world, colour, emissive: true)</c>.
/// </summary>
public sealed class StatusLight
{
    public const float Height = 0.12f;
    public static readonly Vector3 LampCentre = new(0f, 0.08f, 0f);

    public StatusLight()
    {
        Base = RevolvedShapes.Cylinder("status-light-base", 0.03f, 0.04f, 12);
        Lamp = new MeshBuilder().Append(RevolvedShapes.Sphere("lamp", 0.04f, 12, 8), Matrix4x4.CreateTranslation(LampCentre)).Build("status-light-lamp");
    }

    public MeshData Base { get; }

    public MeshData Lamp { get; }

    public static Rgba BaseColor => PlantColors.DarkSteel;
}
