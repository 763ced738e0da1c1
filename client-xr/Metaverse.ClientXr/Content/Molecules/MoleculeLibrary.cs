namespace Metaverse.ClientXr.Content.Molecules;

/// <summary>
/// The molecules shipped in assets/molecules (copied next to the executable), each read once on first use.
/// Thread-safe.
/// </summary>
public static class MoleculeLibrary
{
    /// <summary>File names (without ".mol") of the shipped molecules.</summary>
    public static readonly IReadOnlyList<string> Names = ["theophylline", "paracetamol", "ibuprofen", "caffeine", "aspirin"];

    private static readonly Dictionary<string, Lazy<MolReadResult>> Cache =
        Names.ToDictionary(n => n, n => new Lazy<MolReadResult>(() => MolFileReader.Read(PathOf(n))), StringComparer.Ordinal);

    /// <summary>The folder the molecule files are copied to: &lt;app&gt;/assets/molecules.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "assets", "molecules");

    public static string PathOf(string name) => Path.Combine(Directory, name + ".mol");

    /// <summary>Reads (once) a shipped molecule; an unknown name or an unreadable file gives a failure result.</summary>
    public static MolReadResult Load(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Cache.TryGetValue(name, out var lazy) ? lazy.Value : MolFileReader.Read(PathOf(name));
    }
}
