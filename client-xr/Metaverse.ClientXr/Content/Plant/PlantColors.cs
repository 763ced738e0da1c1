using Metaverse.ClientXr.Content.Molecules;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Plant;

/// <summary>Default colours of plant parts (linear RGB); the scene may override any of them.</summary>
public static class PlantColors
{
    public static readonly Rgba Stainless = ElementData.FromSrgb(0xB4, 0xB9, 0xBE);
    public static readonly Rgba DarkSteel = ElementData.FromSrgb(0x4A, 0x50, 0x57);
    public static readonly Rgba Frame = ElementData.FromSrgb(0x2F, 0x5D, 0x8C);
    public static readonly Rgba Motor = ElementData.FromSrgb(0x3B, 0x3F, 0x45);
    public static readonly Rgba Powder = ElementData.FromSrgb(0xEE, 0xEA, 0xDC);
    public static readonly Rgba CultureMedium = ElementData.FromSrgb(0xE8, 0x8A, 0x7A);
    public static readonly Rgba Glass = ElementData.FromSrgb(0xCF, 0xE6, 0xF0);
    public static readonly Rgba Chute = ElementData.FromSrgb(0x9A, 0xA2, 0xAA);
    public static readonly Rgba Frost = ElementData.FromSrgb(0xE4, 0xF2, 0xFA);
}
