using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Primitives;

/// <summary>
/// Closed smooth blobs: a UV sphere whose unit directions are mapped to positions by a function, with normals
/// recomputed from the deformed surface. The workhorse for organs, heads, hands and rounded boxes. The map must
/// keep the surface star-shaped-ish (no folds) for the faces to stay outward.
/// </summary>
public static class DeformedSphere
{
    public static MeshData Create(string name, Func<Vector3, Vector3> map, int slices = 16, int stacks = 12)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(slices, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(stacks, 2);
        var builder = new MeshBuilder();
        var bottom = builder.AddVertex(map(-Vector3.UnitY), -Vector3.UnitY);
        var rings = new uint[stacks - 1];
        for (var i = 1; i < stacks; i++)
        {
            var (sinPhi, cosPhi) = MathF.SinCos(-MathF.PI / 2f + (MathF.PI * i / stacks));
            rings[i - 1] = (uint)builder.VertexCount;
            for (var j = 0; j < slices; j++)
            {
                var (sinTheta, cosTheta) = MathF.SinCos(MathF.Tau * j / slices);
                var direction = new Vector3(cosPhi * cosTheta, sinPhi, cosPhi * sinTheta);
                builder.AddVertex(map(direction), direction);
            }
        }

        var top = builder.AddVertex(map(Vector3.UnitY), Vector3.UnitY);
        uint At(int ring, int column) => rings[ring] + (uint)(column % slices);
        for (var j = 0; j < slices; j++)
        {
            builder.AddTriangle(bottom, At(0, j), At(0, j + 1));
            builder.AddTriangle(At(stacks - 2, j), top, At(stacks - 2, j + 1));
            for (var i = 0; i < stacks - 2; i++)
            {
                builder.AddTriangle(At(i, j), At(i + 1, j), At(i, j + 1));
                builder.AddTriangle(At(i, j + 1), At(i + 1, j), At(i + 1, j + 1));
            }
        }

        builder.RecomputeSmoothNormals();
        return builder.Build(name);
    }

    /// <summary>An ellipsoid centred on the origin with the given semi-axes (metres).</summary>
    public static MeshData Ellipsoid(string name, Vector3 semiAxes, int slices = 16, int stacks = 12) =>
        Create(name, d => d * semiAxes, slices, stacks);

    /// <summary>
    /// A rounded box (superellipsoid) of overall <paramref name="size"/> centred on the origin; <paramref name="roundness"/>
    /// 1 is an ellipsoid, towards 0 the box gets sharper (0.2–0.4 reads as a rounded box).
    /// </summary>
    public static MeshData RoundedBox(string name, Vector3 size, float roundness = 0.3f, int slices = 20, int stacks = 14)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(roundness);
        return Create(name, d => new Vector3(SignedPow(d.X, roundness), SignedPow(d.Y, roundness), SignedPow(d.Z, roundness)) * (size / 2f), slices, stacks);
    }

    internal static float SignedPow(float value, float exponent) => MathF.Sign(value) * MathF.Pow(Math.Abs(value), exponent);
}
