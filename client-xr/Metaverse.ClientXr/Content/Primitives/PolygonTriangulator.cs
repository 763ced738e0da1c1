using System.Numerics;

namespace Metaverse.ClientXr.Content.Primitives;

/// <summary>Ear-clipping triangulation of a simple polygon (no self-intersections, no holes), either winding.</summary>
public static class PolygonTriangulator
{
    /// <summary>Triangles as index triples into <paramref name="polygon"/>, counter-clockwise in the polygon's plane.</summary>
    public static IReadOnlyList<(int A, int B, int C)> Triangulate(IReadOnlyList<Vector2> polygon)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        if (polygon.Count < 3)
        {
            throw new ArgumentException($"a polygon needs at least 3 points, got {polygon.Count}", nameof(polygon));
        }

        var remaining = Enumerable.Range(0, polygon.Count).ToList();
        if (SignedArea(polygon) < 0f)
        {
            remaining.Reverse();
        }

        var triangles = new List<(int, int, int)>(polygon.Count - 2);
        while (remaining.Count > 3)
        {
            var ear = FindEar(polygon, remaining);
            var count = remaining.Count;
            triangles.Add((remaining[(ear + count - 1) % count], remaining[ear], remaining[(ear + 1) % count]));
            remaining.RemoveAt(ear);
        }

        triangles.Add((remaining[0], remaining[1], remaining[2]));
        return triangles;
    }

    /// <summary>The signed area; positive when the points run counter-clockwise.</summary>
    public static float SignedArea(IReadOnlyList<Vector2> polygon)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        var sum = 0f;
        for (var i = 0; i < polygon.Count; i++)
        {
            var p = polygon[i];
            var q = polygon[(i + 1) % polygon.Count];
            sum += (p.X * q.Y) - (q.X * p.Y);
        }

        return sum / 2f;
    }

    private static int FindEar(IReadOnlyList<Vector2> polygon, List<int> remaining)
    {
        var count = remaining.Count;
        for (var i = 0; i < count; i++)
        {
            var a = polygon[remaining[(i + count - 1) % count]];
            var b = polygon[remaining[i]];
            var c = polygon[remaining[(i + 1) % count]];
            if (Cross(a, b, c) > 1e-12f && !AnyInside(polygon, remaining, i, a, b, c))
            {
                return i;
            }
        }

        // Only collinear or numerically degenerate corners left: clip the flattest one.
        return 0;
    }

    private static bool AnyInside(IReadOnlyList<Vector2> polygon, List<int> remaining, int ear, Vector2 a, Vector2 b, Vector2 c)
    {
        var count = remaining.Count;
        for (var j = 0; j < count; j++)
        {
            if (Math.Abs(j - ear) <= 1 || Math.Abs(j - ear) == count - 1)
            {
                continue;
            }

            var p = polygon[remaining[j]];
            if (p != a && p != b && p != c && Cross(a, b, p) >= 0f && Cross(b, c, p) >= 0f && Cross(c, a, p) >= 0f)
            {
                return true;
            }
        }

        return false;
    }

    private static float Cross(Vector2 a, Vector2 b, Vector2 c) => ((b.X - a.X) * (c.Y - a.Y)) - ((b.Y - a.Y) * (c.X - a.X));
}
