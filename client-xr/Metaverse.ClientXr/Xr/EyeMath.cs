using System.Numerics;
using Metaverse.ClientXr.Platform.OpenXr;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Xr;

/// <summary>Eye views from OpenXR poses and fields of view, in the renderer's row-vector convention.</summary>
internal static class EyeMath
{
    public const float Near = 0.05f;
    public const float Far = 300f;

    /// <summary>World → eye: the inverse of the eye's pose (rotation then translation).</summary>
    public static Matrix4x4 ViewMatrix(XrPose worldEye)
    {
        var eyeToWorld = Matrix4x4.CreateFromQuaternion(worldEye.Orientation) * Matrix4x4.CreateTranslation(worldEye.Position);
        return Matrix4x4.Invert(eyeToWorld, out var view) ? view : throw new ArgumentException("the eye pose is not invertible (zero quaternion?)", nameof(worldEye));
    }

    /// <summary>The asymmetric projection of an XrFovf.</summary>
    public static Matrix4x4 Projection(in XrFovf fov) =>
        Rendering.Gl.Projection.Asymmetric(fov.AngleLeft, fov.AngleRight, fov.AngleUp, fov.AngleDown, Near, Far);

    /// <summary>One eye's render view: pose mapped through the play space, its own frustum, the whole swapchain image.</summary>
    public static RenderView View(PlaySpace space, in XrView eye, int width, int height) =>
        new(space.ViewMatrix(XrPose.From(eye.Pose)), Projection(eye.Fov), new PixelRect(0, 0, width, height));

    /// <summary>The head in the play space: midway between the eyes, oriented as the left eye.</summary>
    public static XrPose Head(in XrView left, in XrView right) =>
        new((left.Pose.Position.ToVector3() + right.Pose.Position.ToVector3()) * 0.5f, Quaternion.Normalize(left.Pose.Orientation.ToQuaternion()));
}
