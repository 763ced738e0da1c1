using Metaverse.ClientXr.Platform.Gl;

namespace Metaverse.ClientXr.Rendering.Imaging;

/// <summary>Reads back what was rendered (the current read framebuffer: the back buffer of a window before SwapBuffers).</summary>
public static class FrameCapture
{
    /// <summary>The bottom-left <paramref name="width"/>×<paramref name="height"/> pixels as RGBA, rows flipped so row 0 is the top.</summary>
    public static unsafe RgbaImage ReadPixels(GlApi gl, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(gl);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        var stride = width * 4;
        var bottomUp = new byte[stride * height];
        gl.PixelStorei(GlConstants.PackAlignment, 1);
        fixed (byte* pixels = bottomUp)
        {
            gl.ReadPixels(0, 0, width, height, GlConstants.Rgba, GlConstants.UnsignedByte, pixels);
        }

        gl.ThrowIfError("glReadPixels");
        var topDown = new byte[bottomUp.Length];
        for (var row = 0; row < height; row++)
        {
            bottomUp.AsSpan(row * stride, stride).CopyTo(topDown.AsSpan((height - 1 - row) * stride, stride));
        }

        return new RgbaImage(width, height, topDown);
    }
}
