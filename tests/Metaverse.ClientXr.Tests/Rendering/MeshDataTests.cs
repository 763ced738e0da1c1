using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Tests.Rendering;

public sealed class MeshDataTests
{
    [Fact]
    public void Index_outside_the_vertices_is_refused_naming_the_mesh()
    {
        var error = Assert.Throws<ArgumentException>(() => new MeshData("tri", [Vector3.Zero, Vector3.UnitX, Vector3.UnitY], [Vector3.UnitZ, Vector3.UnitZ, Vector3.UnitZ], [0, 1, 3]));
        Assert.Contains("tri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounds_enclose_every_vertex()
    {
        var mesh = new MeshData("tri", [new(-1, 0, 2), new(3, -4, 0), new(0, 5, -6)], [Vector3.UnitZ, Vector3.UnitZ, Vector3.UnitZ], [0, 1, 2]);
        Assert.Equal(new Vector3(-1, -4, -6), mesh.BoundsMin);
        Assert.Equal(new Vector3(3, 5, 2), mesh.BoundsMax);
        Assert.Equal(1, mesh.TriangleCount);
    }
}
