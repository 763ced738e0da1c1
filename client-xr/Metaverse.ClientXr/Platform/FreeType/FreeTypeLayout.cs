namespace Metaverse.ClientXr.Platform.FreeType;

/// <summary>
/// Byte offsets of the few FreeType record fields we read, for LP64 Linux (x86-64, arm64), checked with
/// <c>offsetof</c> against Debian's libfreetype-dev 2.12 headers (/usr/include/freetype2). FT_Long and FT_Pos are 8 bytes.
/// </summary>
internal static class FreeTypeLayout
{
    // FT_FaceRec
    public const int FaceNumGlyphs = 32;      // FT_Long
    public const int FaceFamilyName = 40;     // FT_String*
    public const int FaceUnitsPerEm = 136;    // FT_UShort
    public const int FaceGlyph = 152;         // FT_GlyphSlot
    public const int FaceSize = 160;          // FT_Size

    // FT_SizeRec: metrics (FT_Size_Metrics) at 24; ascender, descender, height are FT_Pos in 26.6 pixels
    public const int SizeAscender = 24 + 24;
    public const int SizeDescender = 24 + 32;
    public const int SizeHeight = 24 + 40;

    // FT_GlyphSlotRec
    public const int GlyphAdvanceX = 128;     // FT_Vector.x, FT_Pos 26.6
    public const int GlyphBitmap = 152;       // FT_Bitmap
    public const int GlyphBitmapLeft = 192;   // FT_Int
    public const int GlyphBitmapTop = 196;    // FT_Int

    // FT_Bitmap (relative to GlyphBitmap)
    public const int BitmapRows = 0;          // unsigned int
    public const int BitmapWidth = 4;         // unsigned int
    public const int BitmapPitch = 8;         // int
    public const int BitmapBuffer = 16;       // unsigned char*
    public const int BitmapPixelMode = 26;    // unsigned char
}
