using Metaverse.ClientXr.Platform.FreeType;
using Metaverse.ClientXr.Rendering.Text;

namespace Metaverse.ClientXr.Tests.Platform;

/// <summary>Pins the native struct offsets in <see cref="FreeTypeLayout"/> against known facts about DejaVu Sans.</summary>
public sealed class FreeTypeFaceTests
{
    [Fact]
    public void Face_record_fields_read_at_the_layout_offsets_match_dejavu_sans()
    {
        using var face = FreeTypeFace.Open(GlyphAtlas.DefaultFontPath, 48).ValueOrThrow();
        Assert.Equal("DejaVu Sans", face.FamilyName);
        Assert.Equal(2048, face.UnitsPerEm);
        Assert.InRange(face.GlyphCount, 3000, 10000);
    }

    [Fact]
    public void Size_metrics_are_in_pixels_for_the_requested_size()
    {
        using var face = FreeTypeFace.Open(GlyphAtlas.DefaultFontPath, 48).ValueOrThrow();
        // DejaVu Sans: ascender 1901, descender -483 font units of 2048; line height ~1.164 em.
        Assert.InRange(face.Ascender, 44f, 46f);
        Assert.InRange(face.Descender, -13f, -11f);
        Assert.InRange(face.LineHeight, 55f, 57f);
    }

    [Fact]
    public void Glyph_slot_fields_describe_the_rendered_bitmap()
    {
        using var face = FreeTypeFace.Open(GlyphAtlas.DefaultFontPath, 48).ValueOrThrow();
        var h = face.Render('H');
        // 'H' in DejaVu Sans: advance 1540 units, cap height 1493 units → at 48 px ≈ 36 px advance, ≈ 35 px tall.
        Assert.InRange(h.Advance, 35f, 37f);
        Assert.InRange(h.Rows, 34, 36);
        Assert.InRange(h.Top, 34, 36);
        Assert.InRange(h.Left, 3, 7);
        Assert.InRange(h.Width, 24, 30);
        Assert.Equal(h.Width * h.Rows, h.Coverage.Length);
        var space = face.Render(' ');
        Assert.Equal(0, space.Rows);
        Assert.InRange(space.Advance, 14f, 16f);
    }
}
