using System.Numerics;
using Metaverse.ClientXr.Content.Primitives;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Scenes;

/// <summary>The floors of the three areas, a 1 m grid on each (for a sense of scale and motion), and their names.</summary>
internal static class Surroundings
{
    private const float Thickness = 0.1f;
    private static readonly Rgba FloorColor = new(0.23f, 0.25f, 0.27f);
    private static readonly Rgba GridColor = new(0.34f, 0.37f, 0.4f);

    /// <summary>Floor half-sizes (x, z) in metres.</summary>
    public static Vector2 HalfSize(SceneId scene) => scene == SceneId.Plant ? new Vector2(12f, 12f) : new Vector2(5f, 5f);

    public static void Draw(SceneId scene, DrawList list)
    {
        var centre = SceneLayout.Centre(scene);
        var half = HalfSize(scene);
        var slab = Matrix4x4.CreateScale(half.X * 2f, Thickness, half.Y * 2f) * Matrix4x4.CreateTranslation(centre - new Vector3(0f, Thickness / 2f, 0f));
        list.Mesh(UnitMeshes.Cube, slab, FloorColor);
        const float lift = 0.002f;
        for (var x = -half.X; x <= half.X; x += 1f)
        {
            list.Line(centre + new Vector3(x, lift, -half.Y), centre + new Vector3(x, lift, half.Y), GridColor);
        }

        for (var z = -half.Y; z <= half.Y; z += 1f)
        {
            list.Line(centre + new Vector3(-half.X, lift, z), centre + new Vector3(half.X, lift, z), GridColor);
        }
    }
}
