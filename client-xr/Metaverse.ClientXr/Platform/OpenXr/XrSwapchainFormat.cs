namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// The colour formats the client can render into, and the choice among the runtime's list. GL_SRGB8_ALPHA8 is preferred:
/// the renderer then encodes its linear colours on write (GL_FRAMEBUFFER_SRGB). With GL_RGBA8 the runtime reads the
/// values as linear, so the renderer writes its linear colours as they are (sRGB output off).
/// </summary>
internal static class XrSwapchainFormat
{
    public const long Srgb8Alpha8 = 0x8C43;
    public const long Rgba8 = 0x8058;

    /// <summary>GL_SRGB8_ALPHA8 when offered, else GL_RGBA8 when offered, else null (no format the client supports).</summary>
    public static long? Choose(ReadOnlySpan<long> runtimeFormats)
    {
        if (runtimeFormats.Contains(Srgb8Alpha8))
        {
            return Srgb8Alpha8;
        }

        return runtimeFormats.Contains(Rgba8) ? Rgba8 : null;
    }

    /// <summary>Whether the renderer should encode sRGB on write for <paramref name="format"/>.</summary>
    public static bool IsSrgb(long format) => format == Srgb8Alpha8;

    public static string Name(long format) => format switch
    {
        Srgb8Alpha8 => "GL_SRGB8_ALPHA8",
        Rgba8 => "GL_RGBA8",
        _ => $"0x{format:X}",
    };
}
