using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Avatars;

/// <summary>
/// A distinct, pleasant colour per avatar: hues step by the golden ratio (neighbouring ids land far apart on the
/// colour wheel) at moderate saturation and high value, returned as linear <see cref="Rgba"/>. Pure function of the id.
/// </summary>
public static class AvatarColors
{
    private const double GoldenRatioConjugate = 0.6180339887498949;
    private const float Saturation = 0.55f;
    private const float Value = 0.90f;

    public static Rgba For(uint entityId)
    {
        var hue = (float)((0.58 + (entityId * GoldenRatioConjugate)) % 1.0);
        return FromHsv(hue, Saturation, Value);
    }

    /// <summary>HSV (each 0–1) in sRGB to linear RGB.</summary>
    public static Rgba FromHsv(float hue, float saturation, float value)
    {
        var h = (hue - MathF.Floor(hue)) * 6f;
        var c = value * saturation;
        var x = c * (1f - Math.Abs((h % 2f) - 1f));
        var (r, g, b) = (int)h switch
        {
            0 => (c, x, 0f),
            1 => (x, c, 0f),
            2 => (0f, c, x),
            3 => (0f, x, c),
            4 => (x, 0f, c),
            _ => (c, 0f, x),
        };
        var m = value - c;
        return new Rgba(ToLinear(r + m), ToLinear(g + m), ToLinear(b + m));
    }

    private static float ToLinear(float c) => c <= 0.04045f ? c / 12.92f : MathF.Pow((c + 0.055f) / 1.055f, 2.4f);
}
