using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Tests.Content.Primitives;

/// <summary>The checker itself must be able to fail, or the closedness tests prove nothing.</summary>
public sealed class MeshCheckerTests
{
    [Fact]
    public void A_single_triangle_is_not_closed()
    {
        var mesh = new MeshData("tri", [Vector3.Zero, Vector3.UnitX, Vector3.UnitY], [Vector3.UnitZ, Vector3.UnitZ, Vector3.UnitZ], [0, 1, 2]);
        Assert.NotEmpty(MeshChecks.ClosednessProblems(mesh));
    }

    [Fact]
    public void A_tetrahedron_with_one_face_flipped_is_not_closed()
    {
        Vector3[] p = [Vector3.Zero, Vector3.UnitX, Vector3.UnitY, Vector3.UnitZ];
        var n = new Vector3[4];
        Array.Fill(n, Vector3.UnitY);
        var good = new MeshData("tet", p, n, [0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3]);
        var flipped = new MeshData("tet-flipped", p, n, [0, 1, 2, 0, 1, 3, 0, 3, 2, 1, 2, 3]);

        Assert.Empty(MeshChecks.ClosednessProblems(good));
        Assert.Equal(1.0 / 6.0, MeshChecks.SignedVolume(good), 6);
        Assert.NotEmpty(MeshChecks.ClosednessProblems(flipped));
    }
}
