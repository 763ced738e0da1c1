using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Ui;

/// <summary>A half-line in world space (metres): <see cref="Origin"/> plus a unit <see cref="Direction"/>.</summary>
public readonly record struct Ray(Vector3 Origin, Vector3 Direction)
{
    private const float ParallelEpsilon = 1e-6f;

    /// <summary>The point <paramref name="distance"/> metres along the ray.</summary>
    public Vector3 At(float distance) => Origin + (Direction * distance);

    /// <summary>
    /// Where the ray meets the plane through <paramref name="planePoint"/> with normal <paramref name="planeNormal"/>,
    /// from either side; false when the ray is parallel to the plane or the plane lies behind the origin.
    /// </summary>
    public bool TryIntersectPlane(Vector3 planePoint, Vector3 planeNormal, out float distance)
    {
        var facing = Vector3.Dot(Direction, planeNormal);
        distance = 0f;
        if (MathF.Abs(facing) < ParallelEpsilon)
        {
            return false;
        }

        distance = Vector3.Dot(planePoint - Origin, planeNormal) / facing;
        return distance >= 0f;
    }

    /// <summary>As <see cref="TryIntersectPlane"/>, but only a ray arriving on the front side (against the normal) hits.</summary>
    public bool TryIntersectPlaneFront(Vector3 planePoint, Vector3 planeNormal, out float distance)
    {
        distance = 0f;
        return Vector3.Dot(Direction, planeNormal) < -ParallelEpsilon && TryIntersectPlane(planePoint, planeNormal, out distance);
    }

    /// <summary>
    /// The ray through a pixel of a view (a mouse ray): <paramref name="pixelFromTopLeft"/> is measured from the top-left
    /// corner of the view's viewport, y down (GLFW cursor coordinates when the viewport fills the window).
    /// </summary>
    public static Ray FromViewPixel(in RenderView view, Vector2 pixelFromTopLeft)
    {
        var viewport = view.Viewport;
        if (viewport.Width <= 0 || viewport.Height <= 0)
        {
            throw new ArgumentException($"viewport {viewport.Width}x{viewport.Height} has no area", nameof(view));
        }

        if (!Matrix4x4.Invert(view.View * view.Projection, out var clipToWorld))
        {
            throw new ArgumentException("view * projection is not invertible", nameof(view));
        }

        var ndcX = (pixelFromTopLeft.X / viewport.Width * 2f) - 1f;
        var ndcY = 1f - (pixelFromTopLeft.Y / viewport.Height * 2f);
        var near = Unproject(new Vector4(ndcX, ndcY, -1f, 1f), clipToWorld);
        var far = Unproject(new Vector4(ndcX, ndcY, 1f, 1f), clipToWorld);
        return new Ray(near, Vector3.Normalize(far - near));
    }

    private static Vector3 Unproject(Vector4 clip, in Matrix4x4 clipToWorld)
    {
        var world = Vector4.Transform(clip, clipToWorld);
        return new Vector3(world.X, world.Y, world.Z) / world.W;
    }
}
