using System.Numerics;
using Metaverse.ClientXr.Content.Primitives;

namespace Metaverse.ClientXr.Tests.Content.Primitives;

/// <summary>
/// Volumes are compared with the exact volume of the polygonal approximation where it has a closed form
/// (box, n-gon prism, n-gon pyramid: float rounding only, so 0.1 %), and with the smooth solid's volume
/// otherwise: an inscribed 16 × 12 sphere keeps 16·sin(2π/16)/2π ≈ 97.4 % of each disc and ≈ 98 % of the
/// profile, ≈ 95.5 % in all, so "between 93 % and 100 %" passes only a closed, outward, inscribed mesh.
/// </summary>
public sealed class PrimitiveShapeTests
{
    [Fact]
    public void Box_is_a_closed_solid_of_the_given_size_and_volume()
    {
        var box = BoxMesh.Create("box", new Vector3(1f, 2f, 3f));

        MeshChecks.AssertWellFormedSolid(box);
        MeshChecks.AssertBounds(box, new Vector3(-0.5f, -1f, -1.5f), new Vector3(0.5f, 1f, 1.5f));
        Assert.Equal(6.0, MeshChecks.SignedVolume(box), 4);
        Assert.Equal(12, box.TriangleCount);
    }

    [Fact]
    public void Standing_box_rests_on_the_floor()
    {
        var box = BoxMesh.Standing("box", new Vector3(1f, 2f, 1f));
        MeshChecks.AssertBounds(box, new Vector3(-0.5f, 0f, -0.5f), new Vector3(0.5f, 2f, 0.5f));
    }

    [Fact]
    public void Cylinder_has_the_volume_of_its_polygonal_prism()
    {
        const int Segments = 16;
        var cylinder = RevolvedShapes.Cylinder("cyl", 0.5f, 2f, Segments);
        var prism = Segments / 2.0 * 0.25 * Math.Sin(Math.Tau / Segments) * 2.0;

        MeshChecks.AssertWellFormedSolid(cylinder);
        Assert.Equal(prism, MeshChecks.SignedVolume(cylinder), prism * 1e-3);
        Assert.Equal(4 * Segments, cylinder.TriangleCount);
        MeshChecks.AssertBounds(cylinder, new Vector3(-0.5f, 0f, -0.5f), new Vector3(0.5f, 2f, 0.5f), 1e-3f);
    }

    [Fact]
    public void Cylinder_sides_are_smooth_and_caps_are_flat()
    {
        var cylinder = RevolvedShapes.Cylinder("cyl", 1f, 1f, 12);
        for (var i = 0; i < cylinder.Positions.Count; i++)
        {
            var n = cylinder.Normals[i];
            Assert.True(Math.Abs(Math.Abs(n.Y) - 1f) < 1e-5f || Math.Abs(n.Y) < 1e-5f, $"normal {n} is neither a cap's nor a side's");
        }
    }

    [Fact]
    public void Cone_has_the_volume_of_its_polygonal_pyramid()
    {
        var cone = RevolvedShapes.Cone("cone", 1f, 3f, 16);
        var pyramid = 16 / 2.0 * Math.Sin(Math.Tau / 16) * 3.0 / 3.0;

        MeshChecks.AssertWellFormedSolid(cone);
        Assert.Equal(pyramid, MeshChecks.SignedVolume(cone), pyramid * 1e-3);
    }

    [Fact]
    public void Frustum_is_closed_and_spans_its_two_radii()
    {
        var frustum = RevolvedShapes.Frustum("frustum", 0.2f, 0.5f, 1f, 16);

        MeshChecks.AssertWellFormedSolid(frustum);
        MeshChecks.AssertBounds(frustum, new Vector3(-0.5f, 0f, -0.5f), new Vector3(0.5f, 1f, 0.5f), 1e-3f);
    }

    [Fact]
    public void Sphere_is_an_inscribed_closed_solid_close_to_the_analytic_volume()
    {
        var sphere = RevolvedShapes.Sphere("sphere", 2f, 16, 12);
        var analytic = 4.0 / 3.0 * Math.PI * 8.0;
        var volume = MeshChecks.SignedVolume(sphere);

        MeshChecks.AssertWellFormedSolid(sphere);
        Assert.InRange(volume, 0.93 * analytic, analytic);
        foreach (var (p, n) in sphere.Positions.Zip(sphere.Normals))
        {
            Assert.True(Vector3.Dot(Vector3.Normalize(p), n) > 0.97f, $"normal {n} at {p} is not radial");
        }
    }

    [Fact]
    public void Capsule_is_closed_with_the_given_overall_height()
    {
        var capsule = RevolvedShapes.Capsule("capsule", 0.1f, 0.5f);
        var analytic = (Math.PI * 0.01 * 0.3) + (4.0 / 3.0 * Math.PI * 0.001);

        MeshChecks.AssertWellFormedSolid(capsule);
        Assert.InRange(MeshChecks.SignedVolume(capsule), 0.93 * analytic, analytic);
        Assert.Equal(-0.25f, capsule.BoundsMin.Y, 4);
        Assert.Equal(0.25f, capsule.BoundsMax.Y, 4);
    }

    [Fact]
    public void Torus_is_closed_and_close_to_its_analytic_volume()
    {
        var torus = RevolvedShapes.Torus("torus", 1f, 0.25f);
        var analytic = 2.0 * Math.PI * Math.PI * 1.0 * 0.0625;

        MeshChecks.AssertWellFormedSolid(torus);
        Assert.InRange(MeshChecks.SignedVolume(torus), 0.93 * analytic, analytic);
    }

    [Fact]
    public void Open_topped_shell_is_a_closed_solid_with_the_wall_volume()
    {
        Vector2[] outer = [new(0f, 0f), new(1f, 0f), new(1f, 1f)];
        var shell = Lathe.Shell("cup", outer, 0.1f, 24);
        var polygon = 24 / 2.0 * Math.Sin(Math.Tau / 24);
        var wall = polygon * ((1.0 * 1.0) - (0.81 * 0.9));

        MeshChecks.AssertWellFormedSolid(shell);
        Assert.Equal(wall, MeshChecks.SignedVolume(shell), wall * 1e-3);
    }

    [Fact]
    public void Cut_away_shell_is_closed_by_its_end_caps()
    {
        Vector2[] outer = [new(0f, 0f), new(0.5f, 0.1f), new(0.5f, 1f), new(0f, 1.2f)];
        var cutAway = Lathe.Shell("cut", outer, 0.05f, 16, 2f, 4.5f);

        MeshChecks.AssertWellFormedSolid(cutAway);
    }

    [Fact]
    public void Rounded_box_fills_most_of_its_bounding_box()
    {
        var box = DeformedSphere.RoundedBox("rbox", new Vector3(0.2f, 0.1f, 0.3f), 0.3f);

        MeshChecks.AssertWellFormedSolid(box, minimumNormalDot: -0.2f);
        MeshChecks.AssertBounds(box, new Vector3(-0.1f, -0.05f, -0.15f), new Vector3(0.1f, 0.05f, 0.15f), 1e-3f);
        Assert.InRange(MeshChecks.SignedVolume(box), 0.8 * 0.006, 0.006);
    }

    [Fact]
    public void Rounded_panel_is_a_closed_prism_of_its_size()
    {
        var panel = Extrusion.RoundedPanel("panel", 0.6f, 0.4f, 0.02f, 0.05f);

        MeshChecks.AssertWellFormedSolid(panel);
        MeshChecks.AssertBounds(panel, new Vector3(-0.3f, -0.2f, -0.01f), new Vector3(0.3f, 0.2f, 0.01f), 1e-3f);
        var corners = (0.05 * 0.05 * 4) - (4 / 2.0 * 0.0025 * 4 * Math.Sin(Math.PI / 8));
        Assert.Equal(((0.24) - corners) * 0.02, MeshChecks.SignedVolume(panel), 1e-6);
    }

    [Fact]
    public void Concave_prism_is_triangulated_without_spilling_outside()
    {
        Vector2[] ell = [new(0f, 0f), new(2f, 0f), new(2f, 1f), new(1f, 1f), new(1f, 2f), new(0f, 2f)];
        var prism = Extrusion.Prism("ell", ell, 1f);

        MeshChecks.AssertWellFormedSolid(prism);
        Assert.Equal(3.0, MeshChecks.SignedVolume(prism), 4);
    }

    [Fact]
    public void Merging_with_a_mirror_keeps_faces_outward()
    {
        var cone = RevolvedShapes.Cone("cone", 1f, 1f, 8);
        var merged = MeshBuilder.Merge("pair", (cone, Matrix4x4.Identity), (cone, Matrix4x4.CreateScale(-1f, 1f, 1f) * Matrix4x4.CreateTranslation(5f, 0f, 0f)));

        MeshChecks.AssertWellFormedSolid(merged);
        Assert.Equal(2 * MeshChecks.SignedVolume(cone), MeshChecks.SignedVolume(merged), 4);
    }
}
