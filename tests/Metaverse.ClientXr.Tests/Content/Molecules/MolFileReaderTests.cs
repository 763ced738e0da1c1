using Metaverse.ClientXr.Content.Molecules;

namespace Metaverse.ClientXr.Tests.Content.Molecules;

public sealed class MolFileReaderTests
{
    private const string Water = """
        water
          hand-written

          3  2  0  0  0  0  0  0  0  0999 V2000
            0.0000    0.0000    0.1173 O   0  0  0  0  0  0  0  0  0  0  0  0
            0.0000    0.7572   -0.4692 H   0  0  0  0  0  0  0  0  0  0  0  0
            0.0000   -0.7572   -0.4692 H   0  0  0  0  0  0  0  0  0  0  0  0
          1  2  1  0  0  0  0
          1  3  1  0  0  0  0
        M  END
        """;

    [Fact]
    public void Reads_atoms_bonds_and_name()
    {
        var result = MolFileReader.Parse(Water, "fallback");

        Assert.True(result.IsSuccess, result.Error);
        var water = result.Molecule!;
        Assert.Equal("water", water.Name);
        Assert.Equal("H2O", water.Formula);
        Assert.Equal(new System.Numerics.Vector3(0f, 0.7572f, -0.4692f), water.Atoms[1].Position);
        Assert.Equal(new Bond(0, 2, 1), water.Bonds[1]);
        Assert.InRange(water.Length(water.Bonds[0]), 0.94f, 0.96f);
    }

    [Fact]
    public void Accepts_windows_line_endings()
    {
        Assert.True(MolFileReader.Parse(Water.Replace("\n", "\r\n", StringComparison.Ordinal), "w").IsSuccess);
    }

    [Theory]
    [InlineData("  3  2  0", "  x  2  0", "line 4: atom count 'x' is not a number")]
    [InlineData("  3  2  0", "  3  ?  0", "line 4: bond count '?' is not a number")]
    [InlineData("0.7572   -0.4692 H", "0.7572   -0.4692 h", "line 6: element symbol 'h' is not an element")]
    [InlineData("   -0.7572   -0.4692", "   -0.7572      abc", "line 7: atom z 'abc' is not a number")]
    [InlineData("  1  3  1  0", "  1  9  1  0", "line 9: bond second atom 9 is not one of the 3 atoms")]
    [InlineData("  1  3  1  0", "  1  3  7  0", "line 9: bond order 7 is not 1, 2, 3 or 4 (aromatic)")]
    [InlineData("0999 V2000", "0999 V3000", "line 4: version 'V3000' is not supported (only V2000)")]
    public void Errors_name_the_line_and_the_field(string original, string broken, string expected)
    {
        var text = Water.Replace(original, broken, StringComparison.Ordinal);
        Assert.NotEqual(Water, text);

        var result = MolFileReader.Parse(text, "w");

        Assert.False(result.IsSuccess);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Bond_block_shorter_than_the_counts_line_is_an_error_on_the_missing_line()
    {
        var result = MolFileReader.Parse(Water.Replace("  3  2  0", "  3  5  0", StringComparison.Ordinal), "w");

        Assert.False(result.IsSuccess);
        Assert.StartsWith("line 10: bond line expected", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_counts_line_is_an_error()
    {
        Assert.Equal("line 4: the counts line is missing", MolFileReader.Parse("name\n\n", "w").Error);
    }
}
