using System.Numerics;
using Metaverse.ClientXr.Platform;
using Metaverse.ClientXr.Platform.FreeType;

namespace Metaverse.ClientXr.Rendering.Text;

/// <summary>
/// The client's text font rasterised once on the CPU with FreeType: printable ASCII plus the unit symbols
/// in <see cref="ExtraCharacters"/>, in one 8-bit coverage image (<see cref="Pixels"/>, row 0 at the top) with
/// per-glyph metrics. Characters it lacks draw as '?'. Immutable after <see cref="Build"/>; safe to share across threads.
/// </summary>
public sealed class GlyphAtlas : IFontMetrics
{
    /// <summary>Non-ASCII characters the UI uses: ° µ ± · – ² ³ ⁻.</summary>
    public const string ExtraCharacters = "\u00B0\u00B5\u00B1\u00B7\u2013\u00B2\u00B3\u207B";

    private const int AtlasWidth = 512;
    private const int Padding = 2;
    private const int WhiteBlock = 4;

    private readonly Glyph[] _ascii;
    private readonly Dictionary<char, Glyph> _extra;

    private GlyphAtlas(int width, int height, byte[] pixels, Glyph[] ascii, Dictionary<char, Glyph> extra, float pixelSize, float lineHeight, float ascender, Vector2 whiteUv)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
        _ascii = ascii;
        _extra = extra;
        PixelSize = pixelSize;
        LineHeight = lineHeight;
        Ascender = ascender;
        WhiteUv = whiteUv;
    }

    /// <summary>Where the client finds its font: assets/fonts/DejaVuSans.ttf next to the executable.</summary>
    public static string DefaultFontPath => Path.Combine(AppContext.BaseDirectory, "assets", "fonts", "DejaVuSans.ttf");

    public int Width { get; }

    public int Height { get; }

    /// <summary>Coverage 0–255, <see cref="Width"/> bytes per row, top row first.</summary>
    public byte[] Pixels { get; }

    /// <summary>The nominal size the glyphs were rendered at (pixels per em).</summary>
    public float PixelSize { get; }

    /// <summary>Baseline-to-baseline distance in atlas pixels: "line height" everywhere in the renderer scales to this.</summary>
    public float LineHeight { get; }

    /// <summary>Baseline below the top of a line, in atlas pixels.</summary>
    public float Ascender { get; }

    /// <summary>A uv inside a fully covered block: solid quads sample it so quads and text share one shader and one draw.</summary>
    public Vector2 WhiteUv { get; }

    /// <summary>Renders the atlas from <paramref name="fontPath"/> (default <see cref="DefaultFontPath"/>) at <paramref name="pixelSize"/> pixels per em.</summary>
    public static PlatformResult<GlyphAtlas> Build(string? fontPath = null, int pixelSize = 48)
    {
        var opened = FreeTypeFace.Open(fontPath ?? DefaultFontPath, pixelSize);
        if (!opened.IsSuccess)
        {
            return new PlatformResult<GlyphAtlas>(opened.Error);
        }

        using var face = opened.Value;
        return new PlatformResult<GlyphAtlas>(Rasterise(face, pixelSize));
    }

    /// <summary>The glyph for <paramref name="c"/>, or '?' when the atlas lacks it.</summary>
    public Glyph GetGlyph(char c)
    {
        if (c < _ascii.Length && _ascii[c].Advance > 0)
        {
            return _ascii[c];
        }

        return _extra.TryGetValue(c, out var glyph) ? glyph : _ascii['?'];
    }

    public bool Contains(char c) => (c < _ascii.Length && _ascii[c].Advance > 0) || _extra.ContainsKey(c);

    /// <inheritdoc/>
    public float MeasureWidth(ReadOnlySpan<char> text, float lineHeight)
    {
        var advance = 0f;
        foreach (var c in text)
        {
            advance += GetGlyph(c).Advance;
        }

        return advance * lineHeight / LineHeight;
    }

    private static GlyphAtlas Rasterise(FreeTypeFace face, int pixelSize)
    {
        var rendered = new List<(char Char, RenderedGlyph Glyph)>();
        for (var c = ' '; c <= '~'; c++)
        {
            rendered.Add((c, face.Render(c)));
        }

        foreach (var c in ExtraCharacters.Where(c => face.HasGlyph(c)))
        {
            rendered.Add((c, face.Render(c)));
        }

        var packer = new AtlasPacker(AtlasWidth, Padding);
        var white = packer.Place(WhiteBlock, WhiteBlock);
        var places = rendered.Select(r => packer.Place(r.Glyph.Width, r.Glyph.Rows)).ToArray();
        var height = (int)BitOperations.RoundUpToPowerOf2((uint)packer.UsedHeight);
        var pixels = new byte[AtlasWidth * height];
        Blit(pixels, white.X, white.Y, WhiteBlock, WhiteBlock, null);

        var ascii = new Glyph[128];
        var extra = new Dictionary<char, Glyph>();
        var size = new Vector2(AtlasWidth, height);
        for (var i = 0; i < rendered.Count; i++)
        {
            var (c, g) = rendered[i];
            var (x, y) = places[i];
            Blit(pixels, x, y, g.Width, g.Rows, g.Coverage);
            var glyph = new Glyph(g.Advance, g.Left, g.Top, g.Width, g.Rows, new Vector2(x, y) / size, new Vector2(x + g.Width, y + g.Rows) / size);
            if (c < 128)
            {
                ascii[c] = glyph;
            }
            else
            {
                extra[c] = glyph;
            }
        }

        var whiteUv = new Vector2(white.X + (WhiteBlock / 2f), white.Y + (WhiteBlock / 2f)) / size;
        return new GlyphAtlas(AtlasWidth, height, pixels, ascii, extra, pixelSize, face.LineHeight, face.Ascender, whiteUv);
    }

    private static void Blit(byte[] pixels, int x, int y, int width, int rows, byte[]? coverage)
    {
        for (var row = 0; row < rows; row++)
        {
            var target = pixels.AsSpan(((y + row) * AtlasWidth) + x, width);
            if (coverage is null)
            {
                target.Fill(255);
            }
            else
            {
                coverage.AsSpan(row * width, width).CopyTo(target);
            }
        }
    }
}
