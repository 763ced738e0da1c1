namespace Metaverse.Twins.Patient.Organs;

/// <summary>
/// The perfusion-limited tissues of the minimal PBPK model. The lung receives the whole cardiac output
/// (in series); the gut (portal-drained viscera: stomach, intestines, spleen, pancreas) drains into the
/// liver; every other tissue is fed by arterial blood and drains into venous blood.
/// </summary>
public enum Tissue
{
    Lung,
    Heart,
    Liver,
    Gut,
    Kidney,
    Muscle,
    Fat,
    Tumour,

    /// <summary>Everything else (brain, skin, bone, marrow, …), lumped so that volumes and flows add up.</summary>
    Rest,
}

/// <summary>Names of <see cref="Tissue"/> as used in channel names ("organ.liver.concentration").</summary>
public static class TissueNames
{
    /// <summary>Number of tissues.</summary>
    public const int Count = 9;

    private static readonly string[] Names = ["lung", "heart", "liver", "gut", "kidney", "muscle", "fat", "tumour", "rest"];

    public static string Name(this Tissue tissue) => Names[(int)tissue];

    /// <summary>All tissues in index order.</summary>
    public static IReadOnlyList<Tissue> All { get; } = Enum.GetValues<Tissue>();
}
