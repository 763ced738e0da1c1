namespace Metaverse.ClientXr.Ui;

/// <summary>
/// Widget ids: an FNV-1a hash of the window id and the whole label. A label may carry a hidden suffix after
/// <c>##</c> to tell apart widgets with the same visible text ("Start##feeder1"); only the part before it is shown.
/// Id 0 means "none" and is never produced.
/// </summary>
internal static class UiId
{
    public const int None = 0;

    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static int Of(string label) => Of(None, label);

    public static int Of(int parent, string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var hash = OffsetBasis ^ (uint)parent;
        foreach (var c in label)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash == 0 ? 1 : (int)hash;
    }

    /// <summary>The visible part of <paramref name="label"/> (before any <c>##</c>).</summary>
    public static ReadOnlySpan<char> Visible(string label)
    {
        var hidden = label.IndexOf("##", StringComparison.Ordinal);
        return hidden < 0 ? label : label.AsSpan(0, hidden);
    }
}
