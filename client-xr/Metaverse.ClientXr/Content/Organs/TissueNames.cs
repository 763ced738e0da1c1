namespace Metaverse.ClientXr.Content.Organs;

/// <summary>
/// The PBPK tissue names of the server's patient twin, as used in its channels "organ.&lt;tissue&gt;.concentration".
/// Duplicated on purpose (the client does not reference the server): keep in step with
/// server/Metaverse.Twins/Patient/Organs/Tissue.cs (<c>TissueNames</c>).
/// </summary>
public static class TissueNames
{
    public const string Lung = "lung";
    public const string Heart = "heart";
    public const string Liver = "liver";
    public const string Gut = "gut";
    public const string Kidney = "kidney";
    public const string Muscle = "muscle";
    public const string Fat = "fat";
    public const string Tumour = "tumour";
    public const string Rest = "rest";

    /// <summary>All tissues in the server's index order.</summary>
    public static IReadOnlyList<string> All { get; } = [Lung, Heart, Liver, Gut, Kidney, Muscle, Fat, Tumour, Rest];

    /// <summary>The replicated channel carrying the tissue's drug concentration (mg/L), e.g. "organ.liver.concentration".</summary>
    public static string ConcentrationChannel(string tissue)
    {
        ArgumentException.ThrowIfNullOrEmpty(tissue);
        return $"organ.{tissue}.concentration";
    }
}
