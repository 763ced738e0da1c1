using System.Globalization;
using System.Numerics;
using System.Text;

namespace Metaverse.ClientXr.Content.Molecules;

/// <summary>An atom: element symbol as written in the file ("C", "Cl") and position in ångström.</summary>
public readonly record struct Atom(string Element, Vector3 Position);

/// <summary>A bond between atoms <see cref="A"/> and <see cref="B"/> (zero-based) of order 1, 2, 3, or 4 for aromatic.</summary>
public readonly record struct Bond(int A, int B, int Order);

/// <summary>A molecule read from a structure file: atoms (Å) and bonds. Immutable.</summary>
public sealed class Molecule
{
    public Molecule(string name, IReadOnlyList<Atom> atoms, IReadOnlyList<Bond> bonds)
    {
        ArgumentNullException.ThrowIfNull(atoms);
        ArgumentNullException.ThrowIfNull(bonds);
        foreach (var bond in bonds)
        {
            if (bond.A < 0 || bond.A >= atoms.Count || bond.B < 0 || bond.B >= atoms.Count || bond.A == bond.B)
            {
                throw new ArgumentException($"molecule '{name}': bond {bond} does not join two of the {atoms.Count} atoms", nameof(bonds));
            }
        }

        Name = name;
        Atoms = atoms;
        Bonds = bonds;
    }

    public string Name { get; }

    public IReadOnlyList<Atom> Atoms { get; }

    public IReadOnlyList<Bond> Bonds { get; }

    /// <summary>Mean atom position (Å).</summary>
    public Vector3 Centroid => Atoms.Count == 0 ? Vector3.Zero : Atoms.Aggregate(Vector3.Zero, (sum, a) => sum + a.Position) / Atoms.Count;

    /// <summary>Molecular formula in Hill order: C first, then H, then the rest alphabetically ("C8H9NO2").</summary>
    public string Formula
    {
        get
        {
            var counts = Atoms.GroupBy(a => a.Element, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var order = counts.Keys.OrderBy(e => e, StringComparer.Ordinal).ToList();
            if (counts.ContainsKey("C"))
            {
                order.Remove("C");
                order.Remove("H");
                order.InsertRange(0, counts.ContainsKey("H") ? ["C", "H"] : ["C"]);
            }

            var formula = new StringBuilder();
            foreach (var element in order)
            {
                formula.Append(element);
                if (counts[element] > 1)
                {
                    formula.Append(counts[element].ToString(CultureInfo.InvariantCulture));
                }
            }

            return formula.ToString();
        }
    }

    /// <summary>Distance between the two atoms of <paramref name="bond"/> in ångström.</summary>
    public float Length(Bond bond) => Vector3.Distance(Atoms[bond.A].Position, Atoms[bond.B].Position);
}
