using System.Numerics;
using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Rendering;

/// <summary>
/// Everything one frame draws, collected by the scenes and the UI and consumed by the renderer for each
/// view. World units are metres; text and quads live in the XY plane of their <c>World</c> matrix
/// (x right, y up, facing +z). Opaque meshes draw first (instanced by mesh), then lines, then translucent meshes
/// (colour alpha below 1: blended, not writing depth, unsorted — keep them few and convex), then quads and
/// text in submission order (alpha-blended), then the screen overlay. Colours of meshes and lines are linear (lit
/// and encoded to sRGB on output); colours of quads, text and the overlay are display (sRGB) values, as picked on
/// screen for UI, and are written unchanged. Reuse one list: <see cref="Clear"/> each frame.
/// </summary>
public sealed class DrawList
{
    private readonly List<MeshInstance> _meshes = [];
    private readonly List<LineSegment> _lines = [];
    private readonly List<PanelItem> _panelItems = [];
    private readonly List<ScreenText> _screenTexts = [];

    public ReadOnlySpan<MeshInstance> Meshes => CollectionsMarshal.AsSpan(_meshes);

    public ReadOnlySpan<LineSegment> Lines => CollectionsMarshal.AsSpan(_lines);

    /// <summary>Quads and text runs in the order they were added (later items draw over earlier ones).</summary>
    public ReadOnlySpan<PanelItem> PanelItems => CollectionsMarshal.AsSpan(_panelItems);

    public ReadOnlySpan<ScreenText> ScreenTexts => CollectionsMarshal.AsSpan(_screenTexts);

    /// <summary>A lit mesh (or an unlit one with <paramref name="emissive"/>, for indicators that must read at any angle).</summary>
    public void Mesh(MeshData mesh, in Matrix4x4 world, Rgba color, bool emissive = false) =>
        _meshes.Add(new MeshInstance(mesh ?? throw new ArgumentNullException(nameof(mesh)), world, color, emissive));

    public void Line(Vector3 from, Vector3 to, Rgba color) => _lines.Add(new LineSegment(from, to, color));

    /// <summary>An unlit rectangle from the origin of <paramref name="world"/> spanning <paramref name="size"/> metres along +x and +y.</summary>
    public void Quad(in Matrix4x4 world, Vector2 size, Rgba color) =>
        _panelItems.Add(new PanelItem(PanelItemKind.Quad, world, size, color, null));

    /// <summary>One line of text; the origin of <paramref name="world"/> is the start of the baseline; <paramref name="lineHeight"/> in metres.</summary>
    public void Text(string text, in Matrix4x4 world, float lineHeight, Rgba color) =>
        _panelItems.Add(new PanelItem(PanelItemKind.Text, world, new Vector2(lineHeight, lineHeight), color, text ?? throw new ArgumentNullException(nameof(text))));

    /// <summary>Text on the window itself (desktop overlay), <paramref name="topLeftPixel"/> from the window's top-left.</summary>
    public void ScreenText(string text, Vector2 topLeftPixel, float pixelHeight, Rgba color) =>
        _screenTexts.Add(new ScreenText(text ?? throw new ArgumentNullException(nameof(text)), topLeftPixel, pixelHeight, color));

    public void Clear()
    {
        _meshes.Clear();
        _lines.Clear();
        _panelItems.Clear();
        _screenTexts.Clear();
    }
}

public readonly record struct MeshInstance(MeshData Mesh, Matrix4x4 World, Rgba Color, bool Emissive);

public readonly record struct LineSegment(Vector3 From, Vector3 To, Rgba Color);

public enum PanelItemKind
{
    Quad,
    Text,
}

/// <summary>A quad (<see cref="Size"/> in metres) or a text run (<see cref="Text"/>, line height = <c>Size.Y</c> metres).</summary>
public readonly record struct PanelItem(PanelItemKind Kind, Matrix4x4 World, Vector2 Size, Rgba Color, string? Text);

public readonly record struct ScreenText(string Text, Vector2 TopLeftPixel, float PixelHeight, Rgba Color);
