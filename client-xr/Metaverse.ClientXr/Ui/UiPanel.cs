using System.Numerics;

namespace Metaverse.ClientXr.Ui;

/// <summary>
/// A window's plane in the world for one frame. The pose (rigid: rotation and translation) places the top-left corner;
/// the panel extends along local +x (width) and −y (height) and faces +z. Layout points are (x right, down) in metres.
/// </summary>
internal readonly struct UiPanel
{
    private readonly Matrix4x4 _inverse;

    public UiPanel(in Matrix4x4 pose, Vector2 size, float layerStep)
    {
        if (!Matrix4x4.Invert(pose, out _inverse))
        {
            throw new ArgumentException("window pose is not invertible", nameof(pose));
        }

        Pose = pose;
        Size = size;
        LayerStep = layerStep;
        Normal = Vector3.Normalize(Vector3.TransformNormal(Vector3.UnitZ, pose));
    }

    public Matrix4x4 Pose { get; }

    public Vector2 Size { get; }

    public float LayerStep { get; }

    public Vector3 Origin => Pose.Translation;

    /// <summary>Unit normal of the front face (toward the viewer).</summary>
    public Vector3 Normal { get; }

    /// <summary>A front-side hit inside the panel: layout point, distance along the ray and world point.</summary>
    public bool TryHit(in Ray ray, out Vector2 layoutPoint, out float distance)
    {
        layoutPoint = default;
        if (!ray.TryIntersectPlaneFront(Origin, Normal, out distance))
        {
            return false;
        }

        layoutPoint = ToLayout(ray.At(distance));
        return layoutPoint.X >= 0f && layoutPoint.X <= Size.X && layoutPoint.Y >= 0f && layoutPoint.Y <= Size.Y;
    }

    /// <summary>Where the ray meets the panel's (unbounded) plane from either side, in layout coordinates; used while dragging.</summary>
    public bool TryProject(in Ray ray, out Vector2 layoutPoint)
    {
        layoutPoint = default;
        if (!ray.TryIntersectPlane(Origin, Normal, out var distance))
        {
            return false;
        }

        layoutPoint = ToLayout(ray.At(distance));
        return true;
    }

    public Vector2 ToLayout(Vector3 world)
    {
        var local = Vector3.Transform(world, _inverse);
        return new Vector2(local.X, -local.Y);
    }

    /// <summary>World point of a layout point raised <paramref name="layer"/> steps toward the viewer.</summary>
    public Vector3 ToWorld(float x, float down, int layer) => Vector3.Transform(new Vector3(x, -down, layer * LayerStep), Pose);

    /// <summary>A world matrix whose origin is the layout point (x, down) raised <paramref name="layer"/> steps.</summary>
    public Matrix4x4 At(float x, float down, int layer) => Matrix4x4.CreateTranslation(x, -down, layer * LayerStep) * Pose;
}
