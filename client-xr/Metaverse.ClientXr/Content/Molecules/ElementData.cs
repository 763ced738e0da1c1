using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Molecules;

/// <summary>
/// Per-element drawing data: CPK colour (Jmol's palette), covalent radius (Cordero et al., Dalton Trans. 2008)
/// and van der Waals radius (Bondi, J. Phys. Chem. 1964), both in ångström.
/// </summary>
public readonly record struct ElementStyle(Rgba Color, float CovalentRadius, float VanDerWaalsRadius);

/// <summary>Looks up <see cref="ElementStyle"/> by element symbol; unknown elements are pink with carbon-like radii.</summary>
public static class ElementData
{
    /// <summary>The style of an element not in the table (Jmol's "unknown" pink).</summary>
    public static readonly ElementStyle Unknown = new(FromSrgb(0xFF, 0x14, 0x93), 0.76f, 1.70f);

    private static readonly Dictionary<string, ElementStyle> Styles = new(StringComparer.Ordinal)
    {
        ["H"] = new(FromSrgb(0xFF, 0xFF, 0xFF), 0.31f, 1.20f),
        ["C"] = new(FromSrgb(0x50, 0x50, 0x50), 0.76f, 1.70f),
        ["N"] = new(FromSrgb(0x30, 0x50, 0xF8), 0.71f, 1.55f),
        ["O"] = new(FromSrgb(0xFF, 0x0D, 0x0D), 0.66f, 1.52f),
        ["F"] = new(FromSrgb(0x90, 0xE0, 0x50), 0.57f, 1.47f),
        ["P"] = new(FromSrgb(0xFF, 0x80, 0x00), 1.07f, 1.80f),
        ["S"] = new(FromSrgb(0xFF, 0xFF, 0x30), 1.05f, 1.80f),
        ["Cl"] = new(FromSrgb(0x1F, 0xF0, 0x1F), 1.02f, 1.75f),
        ["Br"] = new(FromSrgb(0xA6, 0x29, 0x29), 1.20f, 1.85f),
        ["I"] = new(FromSrgb(0x94, 0x00, 0x94), 1.39f, 1.98f),
        ["Na"] = new(FromSrgb(0xAB, 0x5C, 0xF2), 1.66f, 2.27f),
        ["K"] = new(FromSrgb(0x8F, 0x40, 0xD4), 2.03f, 2.75f),
        ["Fe"] = new(FromSrgb(0xE0, 0x66, 0x33), 1.32f, 2.00f),
    };

    public static ElementStyle For(string element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return Styles.GetValueOrDefault(element, Unknown);
    }

    /// <summary>A colour given as 8-bit sRGB, converted to the linear <see cref="Rgba"/> the renderer expects.</summary>
    public static Rgba FromSrgb(byte r, byte g, byte b) => new(ToLinear(r), ToLinear(g), ToLinear(b));

    private static float ToLinear(byte channel)
    {
        var c = channel / 255f;
        return c <= 0.04045f ? c / 12.92f : MathF.Pow((c + 0.055f) / 1.055f, 2.4f);
    }
}
