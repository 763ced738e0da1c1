using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.FreeType;

/// <summary>
/// A font face opened with FreeType at one pixel size: face and size metrics and rendered glyphs, read from
/// the native records at the offsets in <see cref="FreeTypeLayout"/>. Not thread-safe; dispose to release the face and the library.
/// </summary>
internal sealed unsafe class FreeTypeFace : IDisposable
{
    private readonly byte[] _fontBytes;
    private GCHandle _pin;
    private nint _library;
    private nint _face;

    private FreeTypeFace(byte[] fontBytes, GCHandle pin, nint library, nint face)
    {
        _fontBytes = fontBytes;
        _pin = pin;
        _library = library;
        _face = face;
    }

    public string FamilyName => Marshal.PtrToStringUTF8(ReadPointer(Face, FreeTypeLayout.FaceFamilyName)) ?? string.Empty;

    public long GlyphCount => ReadInt64(Face, FreeTypeLayout.FaceNumGlyphs);

    public int UnitsPerEm => *(ushort*)(Face + FreeTypeLayout.FaceUnitsPerEm);

    /// <summary>Distance from baseline to top of the tallest glyphs at the current pixel size, in pixels.</summary>
    public float Ascender => ReadInt64(SizeRecord, FreeTypeLayout.SizeAscender) / 64f;

    /// <summary>Distance from baseline to bottom, in pixels (negative).</summary>
    public float Descender => ReadInt64(SizeRecord, FreeTypeLayout.SizeDescender) / 64f;

    /// <summary>Baseline-to-baseline distance at the current pixel size, in pixels.</summary>
    public float LineHeight => ReadInt64(SizeRecord, FreeTypeLayout.SizeHeight) / 64f;

    private nint Face => _face != 0 ? _face : throw new ObjectDisposedException(nameof(FreeTypeFace));

    private nint SizeRecord => ReadPointer(Face, FreeTypeLayout.FaceSize);

    /// <summary>Opens the font file and sets the pixel size; a <see cref="PlatformError"/> when FreeType or the font is missing or invalid.</summary>
    public static PlatformResult<FreeTypeFace> Open(string fontPath, int pixelSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelSize, 1);
        var missing = NativeLibraryProbe.Check(FreeTypeNative.Library, FreeTypeNative.DebianPackage);
        if (missing is not null)
        {
            return new PlatformResult<FreeTypeFace>(missing);
        }

        if (!File.Exists(fontPath))
        {
            return new PlatformResult<FreeTypeFace>(new PlatformError($"font file not found: {fontPath}", null));
        }

        var bytes = File.ReadAllBytes(fontPath);
        var pin = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        var error = FreeTypeNative.FT_Init_FreeType(out var library);
        if (error != 0)
        {
            pin.Free();
            return new PlatformResult<FreeTypeFace>(new PlatformError($"FT_Init_FreeType failed with FreeType error {error}", FreeTypeNative.DebianPackage));
        }

        error = FreeTypeNative.FT_New_Memory_Face(library, (byte*)pin.AddrOfPinnedObject(), bytes.Length, 0, out var face);
        var result = new FreeTypeFace(bytes, pin, library, face);
        if (error != 0)
        {
            result._face = 0;
            result.Dispose();
            return new PlatformResult<FreeTypeFace>(new PlatformError($"FreeType cannot read the font {fontPath} (error {error})", null));
        }

        error = FreeTypeNative.FT_Set_Pixel_Sizes(face, 0, (uint)pixelSize);
        if (error != 0)
        {
            result.Dispose();
            return new PlatformResult<FreeTypeFace>(new PlatformError($"FreeType cannot size {fontPath} to {pixelSize} px (error {error})", null));
        }

        return new PlatformResult<FreeTypeFace>(result);
    }

    public bool HasGlyph(int codepoint) => FreeTypeNative.FT_Get_Char_Index(Face, (nuint)codepoint) != 0;

    /// <summary>Renders one character to an 8-bit coverage bitmap; throws when FreeType fails (the font was checked at open).</summary>
    public RenderedGlyph Render(int codepoint)
    {
        var error = FreeTypeNative.FT_Load_Char(Face, (nuint)codepoint, FreeTypeNative.LoadRender);
        if (error != 0)
        {
            throw new InvalidOperationException($"FT_Load_Char(U+{codepoint:X4}) failed with FreeType error {error}");
        }

        var slot = ReadPointer(Face, FreeTypeLayout.FaceGlyph);
        var bitmap = slot + FreeTypeLayout.GlyphBitmap;
        var rows = *(int*)(bitmap + FreeTypeLayout.BitmapRows);
        var width = *(int*)(bitmap + FreeTypeLayout.BitmapWidth);
        var pitch = *(int*)(bitmap + FreeTypeLayout.BitmapPitch);
        var buffer = ReadPointer(bitmap, FreeTypeLayout.BitmapBuffer);
        if (pitch < 0)
        {
            throw new InvalidOperationException($"FreeType rendered U+{codepoint:X4} bottom-up (pitch {pitch}), which this reader does not handle");
        }

        if (rows > 0 && *(byte*)(bitmap + FreeTypeLayout.BitmapPixelMode) != FreeTypeNative.PixelModeGray)
        {
            throw new InvalidOperationException($"FreeType rendered U+{codepoint:X4} in pixel mode {*(byte*)(bitmap + FreeTypeLayout.BitmapPixelMode)}, expected 8-bit gray");
        }

        var coverage = new byte[width * rows];
        for (var row = 0; row < rows; row++)
        {
            new ReadOnlySpan<byte>((byte*)(buffer + (row * pitch)), width).CopyTo(coverage.AsSpan(row * width, width));
        }

        return new RenderedGlyph(
            width,
            rows,
            *(int*)(slot + FreeTypeLayout.GlyphBitmapLeft),
            *(int*)(slot + FreeTypeLayout.GlyphBitmapTop),
            ReadInt64(slot, FreeTypeLayout.GlyphAdvanceX) / 64f,
            coverage);
    }

    public void Dispose()
    {
        if (_face != 0)
        {
            _ = FreeTypeNative.FT_Done_Face(_face);
            _face = 0;
        }

        if (_library != 0)
        {
            _ = FreeTypeNative.FT_Done_FreeType(_library);
            _library = 0;
        }

        if (_pin.IsAllocated)
        {
            _pin.Free();
        }

        GC.KeepAlive(_fontBytes);
    }

    private static nint ReadPointer(nint record, int offset) => *(nint*)(record + offset);

    private static long ReadInt64(nint record, int offset) => *(long*)(record + offset);
}
