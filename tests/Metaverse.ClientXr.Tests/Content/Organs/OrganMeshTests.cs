using Metaverse.ClientXr.Content;
using Metaverse.ClientXr.Content.Organs;

namespace Metaverse.ClientXr.Tests.Content.Organs;

public sealed class OrganMeshTests
{
    public static TheoryData<string> OrganNames => [.. ContentLibrary.Organs.Organs.Select(o => o.Name)];

    [Theory]
    [MemberData(nameof(OrganNames))]
    public void Every_organ_is_a_closed_smooth_outward_solid(string name)
    {
        MeshChecks.AssertWellFormedSolid(ContentLibrary.Organs[name].Mesh, minimumNormalDot: -0.2f);
    }

    [Theory]
    [InlineData("heart", 0.07f, 0.14f)]
    [InlineData("left-lung", 0.19f, 0.26f)]
    [InlineData("right-lung", 0.19f, 0.27f)]
    [InlineData("liver", 0.18f, 0.25f)]
    [InlineData("left-kidney", 0.09f, 0.13f)]
    [InlineData("right-kidney", 0.09f, 0.13f)]
    [InlineData("gut", 0.18f, 0.26f)]
    [InlineData("tumour", 0.04f, 0.07f)]
    public void Organs_are_roughly_life_size(string name, float minLargest, float maxLargest)
    {
        var mesh = ContentLibrary.Organs[name].Mesh;
        var size = mesh.BoundsMax - mesh.BoundsMin;

        Assert.InRange(Math.Max(size.X, Math.Max(size.Y, size.Z)), minLargest, maxLargest);
    }

    [Fact]
    public void Every_organ_sits_inside_the_body_outline()
    {
        var organs = ContentLibrary.Organs;
        foreach (var organ in organs.Organs)
        {
            // The torso is at least 0.15 m in radius and 0.62 × that deep between the hips and the shoulders.
            var min = organ.Position + organ.Mesh.BoundsMin;
            var max = organ.Position + organ.Mesh.BoundsMax;
            Assert.True(min.Y > 0.85f && max.Y < 1.46f, $"{organ.Name} spans heights {min.Y}…{max.Y}");
            Assert.True(Math.Max(-min.X, max.X) < 0.15f, $"{organ.Name} spans x {min.X}…{max.X}");
            Assert.True(Math.Max(-min.Z, max.Z) < 0.15f * BodyOutline.TorsoDepthScale, $"{organ.Name} spans z {min.Z}…{max.Z}");
        }

        Assert.Equal(BodyOutline.Height, organs.Body.BoundsMax.Y, 2);
        Assert.Equal(0f, organs.Body.BoundsMin.Y, 4);
    }

    [Fact]
    public void Body_outline_is_a_set_of_closed_solids()
    {
        MeshChecks.AssertWellFormedSolid(ContentLibrary.Organs.Body);
    }

    [Fact]
    public void Left_organs_are_on_the_patients_left_towards_plus_x()
    {
        var organs = ContentLibrary.Organs;

        Assert.True(organs["left-lung"].Position.X > 0f && organs["right-lung"].Position.X < 0f);
        Assert.True(organs["left-kidney"].Position.X > 0f && organs["right-kidney"].Position.X < 0f);
        Assert.True(organs["liver"].Position.X < 0f, "the liver lies on the patient's right");
        Assert.True(organs["heart"].Position.X > 0f, "the heart leans to the patient's left");
    }

    [Fact]
    public void Organs_map_onto_the_server_tissue_channels()
    {
        var organs = ContentLibrary.Organs;

        Assert.All(organs.Organs, o => Assert.Contains(o.Tissue, TissueNames.All));
        Assert.Equal(2, organs.ForTissue(TissueNames.Lung).Count());
        Assert.Equal(2, organs.ForTissue(TissueNames.Kidney).Count());
        Assert.Empty(organs.ForTissue(TissueNames.Muscle));
        Assert.Equal("organ.liver.concentration", organs["liver"].ConcentrationChannel);
        Assert.Equal(["lung", "heart", "liver", "gut", "kidney", "muscle", "fat", "tumour", "rest"], TissueNames.All);
    }

    [Fact]
    public void Tumour_is_bumpy_and_the_same_every_build()
    {
        var first = OrganShapes.Tumour();
        var second = OrganShapes.Tumour();
        var radii = first.Positions.Select(p => p.Length()).ToList();

        Assert.Equal(first.Positions, second.Positions);
        Assert.True(radii.Max() - radii.Min() > 0.004f, $"radius varies only {radii.Max() - radii.Min()} m");
    }

    [Fact]
    public void Kidney_is_a_bean_with_its_dent_towards_the_middle()
    {
        var left = ContentLibrary.Organs["left-kidney"].Mesh;
        var equator = left.Positions.Where(p => Math.Abs(p.Y) < 0.01f).ToList();
        var medial = -equator.Min(p => p.X);
        var lateral = equator.Max(p => p.X);

        Assert.True(medial < 0.8f * lateral, $"medial reach {medial} m vs lateral {lateral} m");
    }

    [Fact]
    public void Mesh_names_are_unique()
    {
        var names = ContentLibrary.Organs.Organs.Select(o => o.Mesh.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.True(ContentLibrary.Organs.Organs.Sum(o => o.Mesh.TriangleCount) < 8000);
    }
}
