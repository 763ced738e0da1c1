namespace Metaverse.ClientXr.Platform.FreeType;

/// <summary>
/// One rendered glyph, in pixels: the bitmap (<see cref="Coverage"/>, rows top to bottom, <see cref="Width"/> bytes each),
/// its offset from the pen (<see cref="Left"/> right, <see cref="Top"/> up from the baseline), and the pen advance.
/// </summary>
internal sealed record RenderedGlyph(int Width, int Rows, int Left, int Top, float Advance, byte[] Coverage);
