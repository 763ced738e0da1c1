using System.Numerics;
using Metaverse.ClientXr.Content.Molecules;
using Metaverse.ClientXr.Content.Primitives;

namespace Metaverse.ClientXr.Tests.Content.Molecules;

public sealed class BallAndStickTests
{
    [Fact]
    public void Parts_are_one_sphere_per_atom_and_one_stick_per_bond_line()
    {
        var caffeine = MoleculeLibrary.Load("caffeine").Molecule!;
        var sticks = caffeine.Bonds.Sum(b => b.Order is 2 or 3 ? b.Order : 1);

        var parts = BallAndStick.Build(caffeine);

        Assert.Equal(caffeine.Atoms.Count + sticks, parts.Count);
        Assert.Equal(caffeine.Atoms.Count, parts.Count(p => p.Kind == MoleculePartKind.Atom));
        Assert.Contains(caffeine.Bonds, b => b.Order == 2);
        Assert.All(parts.Where(p => p.Kind == MoleculePartKind.Atom), p => Assert.Same(UnitMeshes.Sphere, p.Mesh));
    }

    [Fact]
    public void Model_is_centred_on_the_centroid_and_scaled_to_metres()
    {
        var aspirin = MoleculeLibrary.Load("aspirin").Molecule!;
        const float Scale = 0.05f;

        var atoms = BallAndStick.Build(aspirin, Scale).Where(p => p.Kind == MoleculePartKind.Atom).ToList();
        var centre = atoms.Aggregate(Vector3.Zero, (sum, p) => sum + p.Transform.Translation) / atoms.Count;

        Assert.True(centre.Length() < 1e-5f, $"centre {centre}");
        var expected = (aspirin.Atoms[3].Position - aspirin.Centroid) * Scale;
        Assert.True(Vector3.Distance(expected, atoms[3].Transform.Translation) < 1e-5f);
    }

    [Fact]
    public void Stick_transform_carries_the_unit_cylinder_from_one_atom_to_the_other()
    {
        var from = new Vector3(1f, 2f, 3f);
        var to = new Vector3(-2f, 0f, 4f);

        var transform = BallAndStick.Stick(from, to, 0.1f);

        Assert.True(Vector3.Distance(from, Vector3.Transform(Vector3.Zero, transform)) < 1e-5f);
        Assert.True(Vector3.Distance(to, Vector3.Transform(Vector3.UnitY, transform)) < 1e-5f);
        var side = Vector3.Transform(Vector3.UnitX, transform) - from;
        Assert.Equal(0.1f, side.Length(), 4);
        Assert.Equal(0f, Vector3.Dot(side, to - from), 4);
    }

    [Fact]
    public void Double_bond_sticks_are_parallel_and_side_by_side()
    {
        var caffeine = MoleculeLibrary.Load("caffeine").Molecule!;
        var doubleIndex = caffeine.Bonds.ToList().FindIndex(b => b.Order == 2);

        var pair = BallAndStick.Build(caffeine).Where(p => p.Kind == MoleculePartKind.Stick && p.Index == doubleIndex).ToList();

        Assert.Equal(2, pair.Count);
        var gap = Vector3.Distance(pair[0].Transform.Translation, pair[1].Transform.Translation);
        Assert.Equal(BallAndStick.MultipleStickSpacing * BallAndStick.DefaultMetresPerAngstrom, gap, 4);
    }

    [Fact]
    public void Carbon_is_dark_and_oxygen_is_red()
    {
        var carbon = ElementData.For("C").Color;
        var oxygen = ElementData.For("O").Color;

        Assert.True(carbon.R < 0.2f && Math.Abs(carbon.R - carbon.B) < 1e-6f);
        Assert.True(oxygen.R > 0.9f && oxygen.G < 0.05f);
        Assert.Equal(ElementData.Unknown, ElementData.For("Xx"));
    }
}
