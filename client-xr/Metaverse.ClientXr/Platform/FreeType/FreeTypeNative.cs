using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.FreeType;

/// <summary>The FreeType 2 functions the glyph atlas uses (<c>libfreetype.so.6</c>, Debian package libfreetype6). Error codes: 0 = success.</summary>
internal static unsafe partial class FreeTypeNative
{
    public const string Library = "libfreetype.so.6";
    public const string DebianPackage = "libfreetype6";

    /// <summary>FT_LOAD_RENDER: load the glyph and render it to an 8-bit anti-aliased bitmap.</summary>
    public const int LoadRender = 4;

    /// <summary>FT_PIXEL_MODE_GRAY: one byte of coverage per pixel.</summary>
    public const byte PixelModeGray = 2;

    [LibraryImport(Library)]
    public static partial int FT_Init_FreeType(out nint library);

    [LibraryImport(Library)]
    public static partial int FT_Done_FreeType(nint library);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int FT_New_Face(nint library, string path, nint faceIndex, out nint face);

    /// <summary>The memory must stay valid (pinned) until FT_Done_Face.</summary>
    [LibraryImport(Library)]
    public static partial int FT_New_Memory_Face(nint library, byte* data, nint size, nint faceIndex, out nint face);

    [LibraryImport(Library)]
    public static partial int FT_Done_Face(nint face);

    [LibraryImport(Library)]
    public static partial int FT_Set_Pixel_Sizes(nint face, uint width, uint height);

    [LibraryImport(Library)]
    public static partial int FT_Load_Char(nint face, nuint charCode, int loadFlags);

    [LibraryImport(Library)]
    public static partial uint FT_Get_Char_Index(nint face, nuint charCode);
}
