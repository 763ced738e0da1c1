namespace Metaverse.ClientXr.Content.Molecules;

/// <summary>The outcome of reading a MOL file: the molecule, or an error naming the line and field.</summary>
public sealed record MolReadResult(Molecule? Molecule, string? Error)
{
    public bool IsSuccess => Molecule is not null;

    public static MolReadResult Success(Molecule molecule) => new(molecule, null);

    public static MolReadResult Failure(string error) => new(null, error);
}
