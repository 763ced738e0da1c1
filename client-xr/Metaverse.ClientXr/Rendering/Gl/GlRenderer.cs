using Metaverse.ClientXr.Platform.Gl;
using Metaverse.ClientXr.Rendering.Text;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>
/// Draws <see cref="DrawList"/>s with OpenGL 3.3 core into the currently bound framebuffer: opaque meshes instanced by
/// mesh, then lines, then panel quads and text (alpha-blended, no depth writes, in submission order); the overlay separately.
/// Threading and lifecycle: create after the context is current, use and dispose on that thread with that context current.
/// Per frame: <see cref="BeginFrame"/>, then per view <see cref="Clear(Rgba, PixelRect)"/> and <see cref="Render"/>, then <see cref="RenderOverlay"/>.
/// </summary>
public sealed class GlRenderer : IDisposable
{
    private readonly GlApi _gl;
    private readonly MeshPass _meshes;
    private readonly LinePass _lines;
    private readonly PanelPass _panels;
    private bool _disposed;

    /// <param name="gl">The functions of the current context (<c>GlApi.Load(DesktopWindow.GetProcAddress)</c>).</param>
    /// <param name="atlas">The font for panel and overlay text (<c>GlyphAtlas.Build()</c>); uploaded once.</param>
    /// <param name="options">sRGB output and lighting; defaults when null.</param>
    public GlRenderer(GlApi gl, GlyphAtlas atlas, GlRendererOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gl);
        ArgumentNullException.ThrowIfNull(atlas);
        _gl = gl;
        Options = options ?? new GlRendererOptions();
        Atlas = atlas;
        _meshes = new MeshPass(gl);
        _lines = new LinePass(gl);
        _panels = new PanelPass(gl, atlas);
    }

    public GlRendererOptions Options { get; set; }

    /// <summary>The context's functions (for <c>FrameCapture</c> and diagnostics).</summary>
    public GlApi Gl => _gl;

    /// <summary>The font the renderer draws with; use it as the UI's <see cref="IFontMetrics"/> so layout matches drawing.</summary>
    public GlyphAtlas Atlas { get; }

    /// <summary>Counts since the last <see cref="BeginFrame"/>.</summary>
    public FrameStats Stats { get; } = new();

    /// <summary>Meshes currently uploaded to the GPU.</summary>
    public int UploadedMeshes => _meshes.UploadedMeshes;

    /// <summary>"GL_VERSION on GL_RENDERER", for logs.</summary>
    public string Description => $"OpenGL {_gl.VersionString} on {_gl.RendererString}";

    /// <summary>Starts a frame: resets <see cref="Stats"/>.</summary>
    public void BeginFrame() => Stats.Reset();

    /// <summary>Clears colour and depth of the whole bound framebuffer.</summary>
    public void Clear(Rgba color)
    {
        _gl.Disable(GlConstants.ScissorTest);
        ClearBuffers(color);
    }

    /// <summary>Clears colour and depth inside <paramref name="area"/> only (one eye of a side-by-side target).</summary>
    public void Clear(Rgba color, PixelRect area)
    {
        _gl.Enable(GlConstants.ScissorTest);
        _gl.Scissor(area.X, area.Y, area.Width, area.Height);
        ClearBuffers(color);
        _gl.Disable(GlConstants.ScissorTest);
    }

    /// <summary>Draws the list's meshes, lines and panel items for one view into <see cref="RenderView.Viewport"/>.</summary>
    public void Render(DrawList list, RenderView view)
    {
        ArgumentNullException.ThrowIfNull(list);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var viewport = view.Viewport;
        _gl.Viewport(viewport.X, viewport.Y, viewport.Width, viewport.Height);
        SetSrgb();
        var viewProjection = view.View * view.Projection;

        _gl.Enable(GlConstants.DepthTest);
        _gl.DepthFunc(GlConstants.Lequal);
        _gl.DepthMask(1);
        _gl.Disable(GlConstants.Blend);
        _gl.Enable(GlConstants.CullFace);
        _gl.CullFace(GlConstants.Back);
        _gl.FrontFace(GlConstants.Ccw);
        _meshes.Draw(list.Meshes, view, viewProjection, Options.Lighting, Stats);
        _lines.Draw(list.Lines, viewProjection, Stats);

        _gl.Enable(GlConstants.Blend);
        _gl.BlendFunc(GlConstants.SrcAlpha, GlConstants.OneMinusSrcAlpha);
        _gl.DepthMask(0);
        _meshes.Draw(list.Meshes, view, viewProjection, Options.Lighting, Stats, translucent: true);
        _gl.Disable(GlConstants.CullFace);
        _gl.Disable(GlConstants.FramebufferSrgb); // panel colours are display (sRGB) values, written as they are
        _panels.DrawWorld(list.PanelItems, viewProjection, Stats);
        _gl.DepthMask(1);
        _gl.Disable(GlConstants.Blend);
    }

    /// <summary>Draws the list's <see cref="ScreenText"/>s over a <paramref name="width"/>×<paramref name="height"/> pixel target (origin top-left).</summary>
    public void RenderOverlay(DrawList list, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _gl.Viewport(0, 0, width, height);
        _gl.Disable(GlConstants.FramebufferSrgb); // overlay colours are display (sRGB) values
        _gl.Disable(GlConstants.DepthTest);
        _gl.Disable(GlConstants.CullFace);
        _gl.Enable(GlConstants.Blend);
        _gl.BlendFunc(GlConstants.SrcAlpha, GlConstants.OneMinusSrcAlpha);
        _panels.DrawOverlay(list.ScreenTexts, width, height, Stats);
        _gl.Disable(GlConstants.Blend);
        _gl.Enable(GlConstants.DepthTest);
    }

    /// <summary>Frees the GPU buffers of a mesh that will not be drawn again (it is re-uploaded if it is).</summary>
    public void ReleaseMesh(MeshData mesh) => _meshes.Forget(mesh);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _panels.Dispose();
        _lines.Dispose();
        _meshes.Dispose();
    }

    private void ClearBuffers(Rgba color)
    {
        SetSrgb();
        _gl.DepthMask(1);
        _gl.ClearColor(color.R, color.G, color.B, color.A);
        _gl.Clear(GlConstants.ColorBufferBit | GlConstants.DepthBufferBit);
    }

    private void SetSrgb()
    {
        if (Options.SrgbFramebuffer)
        {
            _gl.Enable(GlConstants.FramebufferSrgb);
        }
        else
        {
            _gl.Disable(GlConstants.FramebufferSrgb);
        }
    }
}
