using System.Numerics;

namespace Metaverse.ClientXr.Rendering.Text;

/// <summary>One glyph's rectangle in text space (x right, y up, baseline start at the origin) and its atlas uv (min = top-left).</summary>
public readonly record struct GlyphQuad(Vector2 Min, Vector2 Max, Vector2 UvMin, Vector2 UvMax);

/// <summary>
/// Lays out one line of text as glyph quads, scaled so the font's line height is <c>lineHeight</c> units.
/// Allocation-free: <c>foreach (var quad in new TextQuads(atlas, text, lineHeight))</c>. Blank glyphs (space) yield nothing but advance the pen.
/// </summary>
public ref struct TextQuads(GlyphAtlas atlas, ReadOnlySpan<char> text, float lineHeight)
{
    private readonly GlyphAtlas _atlas = atlas;
    private readonly ReadOnlySpan<char> _text = text;
    private readonly float _scale = lineHeight / atlas.LineHeight;
    private int _index = -1;
    private float _pen;

    public GlyphQuad Current { get; private set; }

    public readonly TextQuads GetEnumerator() => this;

    public bool MoveNext()
    {
        while (++_index < _text.Length)
        {
            var glyph = _atlas.GetGlyph(_text[_index]);
            var left = _pen + (glyph.BearingX * _scale);
            _pen += glyph.Advance * _scale;
            if (glyph.Width == 0 || glyph.Height == 0)
            {
                continue;
            }

            var top = glyph.BearingY * _scale;
            Current = new GlyphQuad(
                new Vector2(left, top - (glyph.Height * _scale)),
                new Vector2(left + (glyph.Width * _scale), top),
                glyph.UvMin,
                glyph.UvMax);
            return true;
        }

        return false;
    }
}
