using System.Numerics;
using Metaverse.ClientXr.Platform.Gl;
using Metaverse.ClientXr.Rendering.Text;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>
/// Draws panel quads and text runs in submission order as one alpha-blended triangle batch (quads sample the
/// atlas's white block), in the world or, for <see cref="ScreenText"/>, in window pixels.
/// </summary>
internal sealed unsafe class PanelPass : IDisposable
{
    private readonly GlApi _gl;
    private readonly GlyphAtlas _atlas;
    private readonly AtlasTexture _texture;
    private readonly ShaderProgram _program;
    private readonly StreamBuffer _vertices;
    private readonly GrowBuffer<PanelVertex> _batch = new();
    private readonly int _viewProjection;
    private uint _vertexArray;

    public PanelPass(GlApi gl, GlyphAtlas atlas)
    {
        _gl = gl;
        _atlas = atlas;
        _texture = new AtlasTexture(gl, atlas);
        _program = new ShaderProgram(gl, "panel", ShaderSources.PanelVertex, ShaderSources.PanelFragment);
        _viewProjection = _program.Uniform("uViewProjection");
        _program.Use();
        _program.SetInt(_program.Uniform("uAtlas"), 0);
        _vertices = new StreamBuffer(gl);
        _vertexArray = VertexLayout.CreateArray(gl, _vertices.Handle, PanelVertex.Stride, (3, 0), (2, 12), (4, 20));
        gl.ThrowIfError("creating the panel pass");
    }

    public void DrawWorld(ReadOnlySpan<PanelItem> items, in Matrix4x4 viewProjection, FrameStats stats)
    {
        if (items.IsEmpty)
        {
            return;
        }

        _batch.Clear();
        foreach (ref readonly var item in items)
        {
            var color = item.Color.ToVector4();
            if (item.Kind == PanelItemKind.Quad)
            {
                AddQuad(item.World, Vector2.Zero, item.Size, _atlas.WhiteUv, _atlas.WhiteUv, color);
                continue;
            }

            foreach (var glyph in new TextQuads(_atlas, item.Text, item.Size.Y))
            {
                AddQuad(item.World, glyph.Min, glyph.Max, glyph.UvMin, glyph.UvMax, color);
            }
        }

        Submit(viewProjection, stats);
    }

    /// <summary>Screen texts in pixels of a <paramref name="width"/>×<paramref name="height"/> target, origin top-left.</summary>
    public void DrawOverlay(ReadOnlySpan<ScreenText> texts, int width, int height, FrameStats stats)
    {
        if (texts.IsEmpty)
        {
            return;
        }

        _batch.Clear();
        foreach (ref readonly var text in texts)
        {
            var color = text.Color.ToVector4();
            var baseline = text.TopLeftPixel + new Vector2(0f, _atlas.Ascender * text.PixelHeight / _atlas.LineHeight);
            var toScreen = Matrix4x4.CreateScale(1f, -1f, 1f) * Matrix4x4.CreateTranslation(baseline.X, baseline.Y, 0f);
            foreach (var glyph in new TextQuads(_atlas, text.Text, text.PixelHeight))
            {
                AddQuad(toScreen, glyph.Min, glyph.Max, glyph.UvMin, glyph.UvMax, color);
            }
        }

        Submit(PixelProjection(width, height), stats);
    }

    public void Dispose()
    {
        VertexLayout.Delete(_gl, ref _vertexArray);

        _vertices.Dispose();
        _program.Dispose();
        _texture.Dispose();
    }

    /// <summary>Window pixels (x right, y down from the top-left) to clip space.</summary>
    internal static Matrix4x4 PixelProjection(int width, int height) => new(
        2f / width, 0f, 0f, 0f,
        0f, -2f / height, 0f, 0f,
        0f, 0f, 1f, 0f,
        -1f, 1f, 0f, 1f);

    /// <summary>Two triangles (counter-clockwise in the item's plane) for the rectangle min..max of the item's local XY plane.</summary>
    private void AddQuad(in Matrix4x4 world, Vector2 min, Vector2 max, Vector2 uvTopLeft, Vector2 uvBottomRight, Vector4 color)
    {
        var bottomLeft = new PanelVertex(Vector3.Transform(new Vector3(min.X, min.Y, 0f), world), new Vector2(uvTopLeft.X, uvBottomRight.Y), color);
        var bottomRight = new PanelVertex(Vector3.Transform(new Vector3(max.X, min.Y, 0f), world), uvBottomRight, color);
        var topRight = new PanelVertex(Vector3.Transform(new Vector3(max.X, max.Y, 0f), world), new Vector2(uvBottomRight.X, uvTopLeft.Y), color);
        var topLeft = new PanelVertex(Vector3.Transform(new Vector3(min.X, max.Y, 0f), world), uvTopLeft, color);
        _batch.Add(bottomLeft);
        _batch.Add(bottomRight);
        _batch.Add(topRight);
        _batch.Add(bottomLeft);
        _batch.Add(topRight);
        _batch.Add(topLeft);
    }

    private void Submit(in Matrix4x4 viewProjection, FrameStats stats)
    {
        if (_batch.Count == 0)
        {
            return;
        }

        _program.Use();
        _program.SetMatrix(_viewProjection, viewProjection);
        _texture.Bind(0);
        _gl.BindVertexArray(_vertexArray);
        _vertices.Upload<PanelVertex>(_batch.Span);
        _gl.DrawArrays(GlConstants.Triangles, 0, _batch.Count);
        _gl.BindVertexArray(0);
        stats.CountDraw(_batch.Count / 3);
        _gl.CheckError("drawing panels");
    }
}
