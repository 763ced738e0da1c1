using System.Numerics;
using Metaverse.ClientXr.Content.Primitives;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Molecules;

/// <summary>What a <see cref="MoleculePart"/> draws.</summary>
public enum MoleculePartKind
{
    Atom,
    Stick,
}

/// <summary>
/// One instanced draw of a ball-and-stick model: <see cref="Mesh"/> (the shared unit sphere or unit cylinder)
/// under <see cref="Transform"/> (model space, metres, centred on the molecule's centroid). Draw it as
/// <c>draw.Mesh(part.Mesh, part.Transform * moleculeWorld, part.Color)</c>. <see cref="Index"/> is the atom or bond index.
/// </summary>
public readonly record struct MoleculePart(MoleculePartKind Kind, int Index, MeshData Mesh, Matrix4x4 Transform, Rgba Color);

/// <summary>
/// Builds ball-and-stick draw parts: one sphere per atom (radius a quarter of the van der Waals radius) and one
/// stick per bond line (single 1, double 2, triple 3, aromatic 1), multiple bonds offset in the plane of a
/// neighbouring atom so rings read flat. Lengths in Å are scaled to metres by <c>metresPerAngstrom</c>.
/// </summary>
public static class BallAndStick
{
    /// <summary>A comfortable table-top scale: a 10 Å molecule is half a metre across.</summary>
    public const float DefaultMetresPerAngstrom = 0.05f;

    public const float AtomRadiusPerVanDerWaals = 0.25f;
    public const float StickRadius = 0.09f;
    public const float MultipleStickRadius = 0.06f;
    public const float MultipleStickSpacing = 0.17f;

    public static readonly Rgba StickColor = ElementData.FromSrgb(0xB8, 0xB8, 0xB8);

    public static IReadOnlyList<MoleculePart> Build(Molecule molecule, float metresPerAngstrom = DefaultMetresPerAngstrom)
    {
        ArgumentNullException.ThrowIfNull(molecule);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(metresPerAngstrom);
        var centroid = molecule.Centroid;
        Vector3 Place(Vector3 angstrom) => (angstrom - centroid) * metresPerAngstrom;
        var parts = new List<MoleculePart>(molecule.Atoms.Count + (2 * molecule.Bonds.Count));
        for (var i = 0; i < molecule.Atoms.Count; i++)
        {
            var atom = molecule.Atoms[i];
            var style = ElementData.For(atom.Element);
            var radius = style.VanDerWaalsRadius * AtomRadiusPerVanDerWaals * metresPerAngstrom;
            var transform = Matrix4x4.CreateScale(radius) * Matrix4x4.CreateTranslation(Place(atom.Position));
            parts.Add(new MoleculePart(MoleculePartKind.Atom, i, UnitMeshes.Sphere, transform, style.Color));
        }

        for (var i = 0; i < molecule.Bonds.Count; i++)
        {
            var bond = molecule.Bonds[i];
            var from = Place(molecule.Atoms[bond.A].Position);
            var to = Place(molecule.Atoms[bond.B].Position);
            var lines = bond.Order is 2 or 3 ? bond.Order : 1;
            var radius = (lines == 1 ? StickRadius : MultipleStickRadius) * metresPerAngstrom;
            var offset = OffsetDirection(molecule, bond) * MultipleStickSpacing * metresPerAngstrom;
            for (var line = 0; line < lines; line++)
            {
                var shift = offset * (line - ((lines - 1) / 2f));
                parts.Add(new MoleculePart(MoleculePartKind.Stick, i, UnitMeshes.Cylinder, Stick(from + shift, to + shift, radius), StickColor));
            }
        }

        return parts;
    }

    /// <summary>Transform that stretches the unit cylinder (y 0…1, radius 1) from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Matrix4x4 Stick(Vector3 from, Vector3 to, float radius)
    {
        var axis = to - from;
        var length = axis.Length();
        if (length < 1e-9f)
        {
            throw new ArgumentException("a stick needs two distinct ends", nameof(to));
        }

        return Matrix4x4.CreateScale(radius, length, radius) * Matrix4x4.CreateFromQuaternion(RotationFromY(axis / length)) * Matrix4x4.CreateTranslation(from);
    }

    /// <summary>The rotation taking +y onto the unit vector <paramref name="direction"/>.</summary>
    public static Quaternion RotationFromY(Vector3 direction)
    {
        var dot = Vector3.Dot(Vector3.UnitY, direction);
        if (dot < -0.999999f)
        {
            return Quaternion.CreateFromAxisAngle(Vector3.UnitX, MathF.PI);
        }

        var cross = Vector3.Cross(Vector3.UnitY, direction);
        return Quaternion.Normalize(new Quaternion(cross, 1f + dot));
    }

    private static Vector3 OffsetDirection(Molecule molecule, Bond bond)
    {
        var a = molecule.Atoms[bond.A].Position;
        var axis = Vector3.Normalize(molecule.Atoms[bond.B].Position - a);
        foreach (var other in molecule.Bonds)
        {
            var neighbour = other.A == bond.A && other.B != bond.B ? other.B
                : other.B == bond.A && other.A != bond.B ? other.A
                : other.A == bond.B && other.B != bond.A ? other.B
                : other.B == bond.B && other.A != bond.A ? other.A
                : -1;
            if (neighbour < 0)
            {
                continue;
            }

            var inPlane = molecule.Atoms[neighbour].Position - a;
            var perpendicular = inPlane - (Vector3.Dot(inPlane, axis) * axis);
            if (perpendicular.LengthSquared() > 1e-6f)
            {
                return Vector3.Normalize(perpendicular);
            }
        }

        var fallback = Math.Abs(axis.Y) < 0.9f ? Vector3.UnitY : Vector3.UnitX;
        return Vector3.Normalize(Vector3.Cross(axis, fallback));
    }
}
