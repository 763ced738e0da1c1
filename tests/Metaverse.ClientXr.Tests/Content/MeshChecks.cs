using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Tests.Content;

/// <summary>Geometric checks for content meshes: closedness (edge-manifold after welding), volume, normals.</summary>
internal static class MeshChecks
{
    /// <summary>Vertices closer than this are one point (meshes duplicate vertices at hard edges and seams).</summary>
    private const float WeldGrid = 1e-5f;

    /// <summary>
    /// Problems that keep the mesh from being a closed, consistently oriented surface: an edge not shared by
    /// exactly two triangles running it in opposite directions, or a triangle collapsed by welding. Empty when closed.
    /// </summary>
    public static List<string> ClosednessProblems(MeshData mesh)
    {
        var welded = Weld(mesh);
        var directed = new Dictionary<(int, int), int>();
        var problems = new List<string>();
        for (var t = 0; t < mesh.Indices.Count; t += 3)
        {
            var (a, b, c) = (welded[(int)mesh.Indices[t]], welded[(int)mesh.Indices[t + 1]], welded[(int)mesh.Indices[t + 2]]);
            if (a == b || b == c || c == a)
            {
                problems.Add($"triangle {t / 3} is degenerate");
                continue;
            }

            foreach (var edge in new[] { (a, b), (b, c), (c, a) })
            {
                directed[edge] = directed.GetValueOrDefault(edge) + 1;
            }
        }

        foreach (var ((from, to), count) in directed)
        {
            if (count != 1 || directed.GetValueOrDefault((to, from)) != 1)
            {
                problems.Add($"edge {from}->{to} used {count}×, reverse {directed.GetValueOrDefault((to, from))}×");
            }
        }

        return problems;
    }

    public static void AssertClosed(MeshData mesh)
    {
        var problems = ClosednessProblems(mesh);
        Assert.True(problems.Count == 0, $"{mesh.Name}: {problems.Count} problems, e.g. {string.Join("; ", problems.Take(5))}");
    }

    /// <summary>Signed volume (m³) by the divergence theorem: positive for a closed mesh whose faces point outward.</summary>
    public static double SignedVolume(MeshData mesh)
    {
        var sum = 0.0;
        for (var t = 0; t < mesh.Indices.Count; t += 3)
        {
            var a = mesh.Positions[(int)mesh.Indices[t]];
            var b = mesh.Positions[(int)mesh.Indices[t + 1]];
            var c = mesh.Positions[(int)mesh.Indices[t + 2]];
            sum += Vector3.Dot(a, Vector3.Cross(b, c));
        }

        return sum / 6.0;
    }

    /// <summary>Every normal has length 1, and every triangle's vertex normals lean the way its winding faces.</summary>
    public static void AssertNormalsUnitAndAgreeWithWinding(MeshData mesh, float minimumDot = 0f)
    {
        foreach (var n in mesh.Normals)
        {
            Assert.InRange(n.Length(), 0.999f, 1.001f);
        }

        for (var t = 0; t < mesh.Indices.Count; t += 3)
        {
            var (ia, ib, ic) = ((int)mesh.Indices[t], (int)mesh.Indices[t + 1], (int)mesh.Indices[t + 2]);
            var face = Vector3.Cross(mesh.Positions[ib] - mesh.Positions[ia], mesh.Positions[ic] - mesh.Positions[ia]);
            if (face.LengthSquared() < 1e-20f)
            {
                continue;
            }

            face = Vector3.Normalize(face);
            foreach (var i in new[] { ia, ib, ic })
            {
                var dot = Vector3.Dot(face, mesh.Normals[i]);
                Assert.True(dot > minimumDot, $"{mesh.Name}: triangle {t / 3} faces {face} but vertex {i} has normal {mesh.Normals[i]}");
            }
        }
    }

    /// <summary>Closed, outward-facing and with unit normals that agree with the winding: a well-formed solid.</summary>
    public static void AssertWellFormedSolid(MeshData mesh, float minimumNormalDot = 0f)
    {
        AssertClosed(mesh);
        Assert.True(SignedVolume(mesh) > 0, $"{mesh.Name}: signed volume {SignedVolume(mesh)} is not positive");
        AssertNormalsUnitAndAgreeWithWinding(mesh, minimumNormalDot);
    }

    public static void AssertBounds(MeshData mesh, Vector3 min, Vector3 max, float tolerance = 1e-4f)
    {
        Assert.True(Vector3.Distance(mesh.BoundsMin, min) <= tolerance, $"{mesh.Name}: min {mesh.BoundsMin}, expected {min}");
        Assert.True(Vector3.Distance(mesh.BoundsMax, max) <= tolerance, $"{mesh.Name}: max {mesh.BoundsMax}, expected {max}");
    }

    private static int[] Weld(MeshData mesh)
    {
        var ids = new Dictionary<(long, long, long), int>();
        var welded = new int[mesh.Positions.Count];
        for (var i = 0; i < welded.Length; i++)
        {
            var p = mesh.Positions[i];
            var key = ((long)Math.Round(p.X / WeldGrid), (long)Math.Round(p.Y / WeldGrid), (long)Math.Round(p.Z / WeldGrid));
            if (!ids.TryGetValue(key, out var id))
            {
                id = ids.Count;
                ids[key] = id;
            }

            welded[i] = id;
        }

        return welded;
    }
}
