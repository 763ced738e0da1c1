using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Primitives;

/// <summary>
/// Closed shapes of revolution about +y, built with <see cref="Lathe"/>. Cylinders, frustums and cones stand on
/// y = 0 (base centred on the origin, top at y = height); spheres, capsules and tori are centred on the origin.
/// Caps have hard edges, curved sides are smooth.
/// </summary>
public static class RevolvedShapes
{
    public static MeshData Cylinder(string name, float radius, float height, int segments = 16) =>
        Frustum(name, radius, radius, height, segments);

    /// <summary>A capped frustum: <paramref name="bottomRadius"/> at y = 0, <paramref name="topRadius"/> at y = height (0 gives a cone).</summary>
    public static MeshData Frustum(string name, float bottomRadius, float topRadius, float height, int segments = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bottomRadius);
        ArgumentOutOfRangeException.ThrowIfNegative(topRadius);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Vector2[] profile = topRadius > 0f
            ? [new(0f, 0f), new(bottomRadius, 0f), new(topRadius, height), new(0f, height)]
            : [new(0f, 0f), new(bottomRadius, 0f), new(0f, height)];
        return Lathe.Revolve(name, profile, segments);
    }

    public static MeshData Cone(string name, float radius, float height, int segments = 16) =>
        Frustum(name, radius, 0f, height, segments);

    /// <summary>A UV sphere: <paramref name="slices"/> around the axis, <paramref name="stacks"/> from pole to pole.</summary>
    public static MeshData Sphere(string name, float radius, int slices = 16, int stacks = 12)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(radius);
        ArgumentOutOfRangeException.ThrowIfLessThan(stacks, 2);
        return Lathe.Revolve(name, Arc(Vector2.Zero, radius, -MathF.PI / 2f, MathF.PI / 2f, stacks), slices);
    }

    /// <summary>A capsule along y of overall <paramref name="height"/> (including both hemispheres), centred on the origin.</summary>
    public static MeshData Capsule(string name, float radius, float height, int slices = 16, int hemisphereStacks = 6)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(radius);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 2f * radius);
        var half = (height / 2f) - radius;
        var profile = new List<Vector2>(Arc(new Vector2(0f, -half), radius, -MathF.PI / 2f, 0f, hemisphereStacks));
        if (half > 1e-5f)
        {
            profile.AddRange(Arc(new Vector2(0f, half), radius, 0f, MathF.PI / 2f, hemisphereStacks));
        }
        else
        {
            profile.AddRange(Arc(new Vector2(0f, half), radius, 0f, MathF.PI / 2f, hemisphereStacks).Skip(1));
        }

        return Lathe.Revolve(name, profile, slices);
    }

    /// <summary>A torus lying in the xz plane: ring radius <paramref name="majorRadius"/>, tube radius <paramref name="minorRadius"/>.</summary>
    public static MeshData Torus(string name, float majorRadius, float minorRadius, int majorSegments = 24, int minorSegments = 12)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minorRadius);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(majorRadius, minorRadius);
        var loop = Arc(new Vector2(majorRadius, 0f), minorRadius, 0f, MathF.Tau, minorSegments);
        loop.RemoveAt(loop.Count - 1);
        return Lathe.RevolveLoop(name, loop, majorSegments);
    }

    /// <summary>Points on a circular arc in the (radius, y) plane, counter-clockwise from <paramref name="from"/> to <paramref name="to"/> radians (0 = +radius), both ends included.</summary>
    public static List<Vector2> Arc(Vector2 centre, float radius, float from, float to, int steps)
    {
        var points = new List<Vector2>(steps + 1);
        for (var i = 0; i <= steps; i++)
        {
            var (sin, cos) = MathF.SinCos(from + ((to - from) * i / steps));
            var p = centre + new Vector2(radius * cos, radius * sin);
            points.Add(new Vector2(Math.Abs(p.X) < 1e-6f ? 0f : p.X, p.Y));
        }

        return points;
    }
}
