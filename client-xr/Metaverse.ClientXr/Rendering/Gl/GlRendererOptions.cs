namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>Settings of a <see cref="GlRenderer"/>.</summary>
public sealed record GlRendererOptions
{
    /// <summary>
    /// True when the target framebuffer stores sRGB (an sRGB-capable window, an OpenXR sRGB swapchain): the renderer
    /// enables GL_FRAMEBUFFER_SRGB so its linear colours are encoded on write. False writes linear values as they are.
    /// </summary>
    public bool SrgbFramebuffer { get; init; } = true;

    public SceneLighting Lighting { get; init; } = SceneLighting.Default;
}
