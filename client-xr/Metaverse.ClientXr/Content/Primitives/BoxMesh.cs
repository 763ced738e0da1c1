using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Primitives;

/// <summary>Axis-aligned boxes with flat faces (24 vertices, 12 triangles).</summary>
public static class BoxMesh
{
    /// <summary>A box of <paramref name="size"/> metres centred on the origin.</summary>
    public static MeshData Create(string name, Vector3 size)
    {
        var builder = new MeshBuilder();
        Add(builder, Vector3.Zero, size);
        return builder.Build(name);
    }

    /// <summary>A box of <paramref name="size"/> whose bottom face is centred on the origin (stands on y = 0).</summary>
    public static MeshData Standing(string name, Vector3 size)
    {
        var builder = new MeshBuilder();
        Add(builder, new Vector3(0f, size.Y / 2f, 0f), size);
        return builder.Build(name);
    }

    /// <summary>Adds a box of <paramref name="size"/> centred at <paramref name="centre"/>.</summary>
    public static void Add(MeshBuilder builder, Vector3 centre, Vector3 size)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (size.X <= 0f || size.Y <= 0f || size.Z <= 0f)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "every box dimension must be positive");
        }

        var h = size / 2f;
        Vector3 P(float x, float y, float z) => centre + new Vector3(x * h.X, y * h.Y, z * h.Z);
        builder.AddFlatQuadFacing(P(1, -1, -1), P(1, 1, -1), P(1, 1, 1), P(1, -1, 1), Vector3.UnitX);
        builder.AddFlatQuadFacing(P(-1, -1, -1), P(-1, -1, 1), P(-1, 1, 1), P(-1, 1, -1), -Vector3.UnitX);
        builder.AddFlatQuadFacing(P(-1, 1, -1), P(-1, 1, 1), P(1, 1, 1), P(1, 1, -1), Vector3.UnitY);
        builder.AddFlatQuadFacing(P(-1, -1, -1), P(1, -1, -1), P(1, -1, 1), P(-1, -1, 1), -Vector3.UnitY);
        builder.AddFlatQuadFacing(P(-1, -1, 1), P(1, -1, 1), P(1, 1, 1), P(-1, 1, 1), Vector3.UnitZ);
        builder.AddFlatQuadFacing(P(-1, -1, -1), P(-1, 1, -1), P(1, 1, -1), P(1, -1, -1), -Vector3.UnitZ);
    }
}
