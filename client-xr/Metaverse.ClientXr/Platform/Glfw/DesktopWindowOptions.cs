namespace Metaverse.ClientXr.Platform.Glfw;

/// <summary>How to open a <see cref="DesktopWindow"/>: an OpenGL 3.3 core, forward-compatible context with a depth buffer.</summary>
public sealed record DesktopWindowOptions(string Title, int Width, int Height)
{
    /// <summary>False for an off-screen-like hidden window (tests, screenshots); its default framebuffer still renders under Xvfb.</summary>
    public bool Visible { get; init; } = true;

    /// <summary>MSAA samples of the default framebuffer (0 = off). Cheap enough on llvmpipe at small sizes.</summary>
    public int Samples { get; init; } = 4;

    /// <summary>Ask for an sRGB-capable default framebuffer (pair with <c>GlRendererOptions.SrgbFramebuffer</c>).</summary>
    public bool SrgbCapable { get; init; } = true;

    /// <summary>Swap interval: 1 waits for vertical sync, 0 does not.</summary>
    public int SwapInterval { get; init; } = 1;
}
