using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Tests.Rendering.Gl;

/// <summary>Meshes built inline for render tests.</summary>
internal static class TestMeshes
{
    /// <summary>A unit cube centred on the origin: 24 vertices (flat normals), 12 counter-clockwise triangles.</summary>
    public static MeshData Cube()
    {
        var positions = new List<Vector3>();
        var normals = new List<Vector3>();
        var indices = new List<uint>();
        foreach (var normal in new[] { Vector3.UnitX, -Vector3.UnitX, Vector3.UnitY, -Vector3.UnitY, Vector3.UnitZ, -Vector3.UnitZ })
        {
            var u = MathF.Abs(normal.Y) > 0.5f ? Vector3.UnitX : Vector3.UnitY;
            var side = Vector3.Cross(u, normal);
            var start = (uint)positions.Count;
            foreach (var (a, b) in new[] { (-1f, -1f), (1f, -1f), (1f, 1f), (-1f, 1f) })
            {
                positions.Add((normal + (side * a) + (u * b)) * 0.5f);
                normals.Add(normal);
            }

            indices.AddRange([start, start + 1, start + 2, start, start + 2, start + 3]);
        }

        return new MeshData("cube", [.. positions], [.. normals], [.. indices]);
    }
}
