using Metaverse.ClientXr.Content.Molecules;

namespace Metaverse.ClientXr.Tests.Content.Molecules;

public sealed class ShippedMoleculeTests
{
    public static TheoryData<string, string, int, int> Expected => new()
    {
        { "theophylline", "C7H8N4O2", 21, 22 },
        { "paracetamol", "C8H9NO2", 20, 20 },
        { "ibuprofen", "C13H18O2", 33, 33 },
        { "caffeine", "C8H10N4O2", 24, 25 },
        { "aspirin", "C9H8O4", 21, 21 },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Shipped_file_has_the_formula_and_counts_of_the_drug(string name, string formula, int atoms, int bonds)
    {
        var molecule = Load(name);

        Assert.Equal(formula, molecule.Formula);
        Assert.Equal(atoms, molecule.Atoms.Count);
        Assert.Equal(bonds, molecule.Bonds.Count);
        Assert.Equal(name, molecule.Name);
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Bond_lengths_are_chemically_plausible(string name, string formula, int atoms, int bonds)
    {
        _ = (formula, atoms, bonds);
        var molecule = Load(name);
        foreach (var bond in molecule.Bonds)
        {
            var pair = string.Join("-", new[] { molecule.Atoms[bond.A].Element, molecule.Atoms[bond.B].Element }.Order(StringComparer.Ordinal));
            var (min, max) = pair switch
            {
                "C-C" => (1.2f, 1.6f),
                "C-H" or "H-N" or "H-O" => (0.9f, 1.2f),
                "C-N" or "C-O" => (1.15f, 1.5f),
                _ => (0.9f, 2.0f),
            };
            Assert.InRange(molecule.Length(bond), min, max);
        }
    }

    [Fact]
    public void Every_shipped_name_loads()
    {
        foreach (var name in MoleculeLibrary.Names)
        {
            Assert.True(MoleculeLibrary.Load(name).IsSuccess, name);
        }
    }

    [Fact]
    public void Unknown_name_is_a_failure_not_an_exception()
    {
        var result = MoleculeLibrary.Load("unobtainium");

        Assert.False(result.IsSuccess);
        Assert.Contains("unobtainium", result.Error, StringComparison.Ordinal);
    }

    private static Molecule Load(string name)
    {
        var result = MoleculeLibrary.Load(name);
        Assert.True(result.IsSuccess, result.Error);
        return result.Molecule!;
    }
}
