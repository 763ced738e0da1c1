using Metaverse.ClientXr.Rendering.Text;

namespace Metaverse.ClientXr.Tests.Rendering.Text;

public sealed class GlyphAtlasTests
{
    private static readonly Lazy<GlyphAtlas> Atlas = new(() => GlyphAtlas.Build().ValueOrThrow());

    [Fact]
    public void W_is_wider_than_i()
    {
        Assert.True(Atlas.Value.MeasureWidth("W", 1f) > Atlas.Value.MeasureWidth("i", 1f));
        Assert.True(Atlas.Value.GetGlyph('W').Width > Atlas.Value.GetGlyph('i').Width);
    }

    [Fact]
    public void Measured_width_grows_with_each_character_and_scales_with_line_height()
    {
        const string text = "Tablet press 12.5 kN ±0.3";
        var previous = 0f;
        for (var length = 1; length <= text.Length; length++)
        {
            var width = Atlas.Value.MeasureWidth(text.AsSpan(0, length), 0.1f);
            Assert.True(width > previous, $"width of '{text[..length]}' did not grow");
            previous = width;
        }

        Assert.Equal(2f * Atlas.Value.MeasureWidth(text, 0.1f), Atlas.Value.MeasureWidth(text, 0.2f), 4);
    }

    [Fact]
    public void Unit_symbols_are_in_the_atlas_and_unknown_characters_draw_as_question_mark()
    {
        foreach (var c in GlyphAtlas.ExtraCharacters)
        {
            Assert.True(Atlas.Value.Contains(c), $"U+{(int)c:X4} missing");
        }

        Assert.False(Atlas.Value.Contains('\u4E2D'));
        Assert.Equal(Atlas.Value.GetGlyph('?'), Atlas.Value.GetGlyph('\u4E2D'));
    }

    [Fact]
    public void Glyph_bitmaps_are_copied_into_the_atlas_at_their_uv()
    {
        var atlas = Atlas.Value;
        var glyph = atlas.GetGlyph('M');
        var x0 = (int)(glyph.UvMin.X * atlas.Width);
        var y0 = (int)(glyph.UvMin.Y * atlas.Height);
        var covered = 0;
        for (var y = y0; y < y0 + glyph.Height; y++)
        {
            for (var x = x0; x < x0 + glyph.Width; x++)
            {
                covered += atlas.Pixels[(y * atlas.Width) + x] > 128 ? 1 : 0;
            }
        }

        Assert.True(covered > glyph.Width * glyph.Height / 5, $"only {covered} covered pixels in 'M'");
        var white = atlas.Pixels[((int)(atlas.WhiteUv.Y * atlas.Height) * atlas.Width) + (int)(atlas.WhiteUv.X * atlas.Width)];
        Assert.Equal(255, white);
    }

    [Fact]
    public void A_missing_font_file_is_an_error_naming_the_path()
    {
        var result = GlyphAtlas.Build("/nonexistent/font.ttf");
        Assert.False(result.IsSuccess);
        Assert.Contains("/nonexistent/font.ttf", result.Error.Message, StringComparison.Ordinal);
    }
}
