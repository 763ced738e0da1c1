using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Desktop;

/// <summary>The mouse as a hand: the world-space ray from the eye through a window pixel.</summary>
public static class PointerRay
{
    /// <summary>
    /// The ray through <paramref name="cursor"/> (pixels from the window's top-left) for <paramref name="view"/>;
    /// the origin lies on the near plane, the direction is unit length.
    /// </summary>
    public static (Vector3 Origin, Vector3 Direction) Through(in RenderView view, Vector2 cursor)
    {
        var viewport = view.Viewport;
        var ndcX = (2f * (cursor.X - viewport.X) / viewport.Width) - 1f;
        var ndcY = 1f - (2f * cursor.Y / viewport.Height);
        if (!Matrix4x4.Invert(view.View * view.Projection, out var inverse))
        {
            throw new InvalidOperationException("the view-projection matrix is singular");
        }

        var near = Unproject(new Vector4(ndcX, ndcY, -1f, 1f), inverse);
        var far = Unproject(new Vector4(ndcX, ndcY, 1f, 1f), inverse);
        return (near, Vector3.Normalize(far - near));
    }

    private static Vector3 Unproject(Vector4 clip, in Matrix4x4 inverseViewProjection)
    {
        var world = Vector4.Transform(clip, inverseViewProjection);
        return new Vector3(world.X, world.Y, world.Z) / world.W;
    }
}
