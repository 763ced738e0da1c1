namespace Metaverse.ClientXr.Rendering;

/// <summary>Text measurement for layout, in the units of the requested line height (metres in the world, pixels on screen).</summary>
public interface IFontMetrics
{
    /// <summary>The advance width of <paramref name="text"/> on one line when the font's line height is <paramref name="lineHeight"/>.</summary>
    float MeasureWidth(ReadOnlySpan<char> text, float lineHeight);
}
