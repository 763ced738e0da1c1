using System.Numerics;

namespace Metaverse.ClientXr.Rendering;

/// <summary>
/// One eye or one screen camera: a view matrix (world → eye), a projection (eye → clip, OpenGL clip
/// space with z in −1..1), and the pixel rectangle it covers. System.Numerics row-vector convention
/// (<c>clip = world * View * Projection</c>). A frame renders a list of views: one on the desktop, two in a headset.
/// </summary>
public readonly record struct RenderView(Matrix4x4 View, Matrix4x4 Projection, PixelRect Viewport)
{
    /// <summary>The eye position in world space (metres).</summary>
    public Vector3 EyePosition => Matrix4x4.Invert(View, out var inverse) ? inverse.Translation : Vector3.Zero;
}

/// <summary>A pixel rectangle, origin at the lower-left as in OpenGL.</summary>
public readonly record struct PixelRect(int X, int Y, int Width, int Height);
