using System.Numerics;

namespace Metaverse.ClientXr.Rendering.Text;

/// <summary>
/// One glyph in the <see cref="GlyphAtlas"/>, in atlas pixels: pen advance, bitmap offset from the pen
/// (<see cref="BearingX"/> right, <see cref="BearingY"/> up from the baseline to the bitmap top), bitmap size,
/// and its texture rectangle (uv 0,0 = atlas top-left).
/// </summary>
public readonly record struct Glyph(float Advance, int BearingX, int BearingY, int Width, int Height, Vector2 UvMin, Vector2 UvMax);
