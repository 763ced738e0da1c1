using System.Globalization;
using System.Numerics;

namespace Metaverse.ClientXr.Content.Molecules;

/// <summary>
/// Reads MDL MOL files in the V2000 format: a three-line header (line 1 is the name), the counts line
/// (atoms in columns 1–3, bonds in 4–6, "V2000" in 35–39), one line per atom (x, y, z in columns 1–10, 11–20,
/// 21–30 in Å; element symbol in 32–34) and one per bond (atoms in 1–3 and 4–6, one-based; order in 7–9).
/// Properties after the bond block ("M  CHG", …) are ignored up to "M  END". Errors name the one-based line.
/// </summary>
public static class MolFileReader
{
    private const int HeaderLines = 3;

    public static MolReadResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            return Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));
        }
        catch (IOException e)
        {
            return MolReadResult.Failure($"{path}: {e.Message}");
        }
    }

    /// <summary>Parses MOL text; <paramref name="fallbackName"/> names the molecule when line 1 is blank.</summary>
    public static MolReadResult Parse(string text, string fallbackName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length <= HeaderLines)
        {
            return MolReadResult.Failure($"line {lines.Length + 1}: the counts line is missing");
        }

        try
        {
            var (atomCount, bondCount) = ReadCounts(lines[HeaderLines], HeaderLines + 1);
            var atoms = new Atom[atomCount];
            for (var i = 0; i < atomCount; i++)
            {
                atoms[i] = ReadAtom(LineAt(lines, HeaderLines + 1 + i, "atom"), HeaderLines + 2 + i);
            }

            var bonds = new Bond[bondCount];
            for (var i = 0; i < bondCount; i++)
            {
                var lineNumber = HeaderLines + 2 + atomCount + i;
                bonds[i] = ReadBond(LineAt(lines, lineNumber - 1, "bond"), lineNumber, atomCount);
            }

            var name = lines[0].Trim();
            return MolReadResult.Success(new Molecule(name.Length > 0 ? name : fallbackName, atoms, bonds));
        }
        catch (MolFormatException e)
        {
            return MolReadResult.Failure(e.Message);
        }
    }

    private static (int Atoms, int Bonds) ReadCounts(string line, int lineNumber)
    {
        var atoms = Integer(line, 0, 3, lineNumber, "atom count");
        var bonds = Integer(line, 3, 3, lineNumber, "bond count");
        var version = Field(line, 33, 6).Trim();
        if (version.Length > 0 && version != "V2000")
        {
            throw new MolFormatException($"line {lineNumber}: version '{version}' is not supported (only V2000)");
        }

        return (atoms, bonds);
    }

    private static Atom ReadAtom(string line, int lineNumber)
    {
        var x = Number(line, 0, 10, lineNumber, "atom x");
        var y = Number(line, 10, 10, lineNumber, "atom y");
        var z = Number(line, 20, 10, lineNumber, "atom z");
        var element = Field(line, 31, 3).Trim();
        if (element.Length == 0 || !char.IsAsciiLetterUpper(element[0]) || !element.All(char.IsAsciiLetter))
        {
            throw new MolFormatException($"line {lineNumber}: element symbol '{element}' is not an element");
        }

        return new Atom(element, new Vector3(x, y, z));
    }

    private static Bond ReadBond(string line, int lineNumber, int atomCount)
    {
        var a = Integer(line, 0, 3, lineNumber, "bond first atom");
        var b = Integer(line, 3, 3, lineNumber, "bond second atom");
        var order = Integer(line, 6, 3, lineNumber, "bond order");
        foreach (var (value, field) in new[] { (a, "bond first atom"), (b, "bond second atom") })
        {
            if (value < 1 || value > atomCount)
            {
                throw new MolFormatException($"line {lineNumber}: {field} {value} is not one of the {atomCount} atoms");
            }
        }

        if (a == b)
        {
            throw new MolFormatException($"line {lineNumber}: bond joins atom {a} to itself");
        }

        if (order is < 1 or > 4)
        {
            throw new MolFormatException($"line {lineNumber}: bond order {order} is not 1, 2, 3 or 4 (aromatic)");
        }

        return new Bond(a - 1, b - 1, order);
    }

    private static string LineAt(string[] lines, int index, string what) =>
        index < lines.Length && !lines[index].StartsWith("M  END", StringComparison.Ordinal)
            ? lines[index]
            : throw new MolFormatException($"line {index + 1}: {what} line expected (the block is shorter than the counts line says)");

    private static int Integer(string line, int start, int width, int lineNumber, string field)
    {
        var text = Field(line, start, width).Trim();
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new MolFormatException($"line {lineNumber}: {field} '{text}' is not a number");
    }

    private static float Number(string line, int start, int width, int lineNumber, string field)
    {
        var text = Field(line, start, width).Trim();
        return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && float.IsFinite(value)
            ? value
            : throw new MolFormatException($"line {lineNumber}: {field} '{text}' is not a number");
    }

    private static string Field(string line, int start, int width) =>
        start >= line.Length ? string.Empty : line.Substring(start, Math.Min(width, line.Length - start));

    /// <summary>Internal control flow from the field readers to <see cref="Parse"/>; never escapes it.</summary>
    private sealed class MolFormatException(string message) : Exception(message);
}
