using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Primitives;

/// <summary>
/// Surfaces of revolution about +y: a profile of (radius, y) points in metres is swept around the axis.
/// Corners sharper than the crease angle get split normals (hard edges); gentler ones are smoothed.
/// Points with radius 0 lie on the axis and close the surface there. Angle θ runs from +x towards +z.
/// </summary>
public static class Lathe
{
    public const float DefaultCreaseDegrees = 40f;
    private const float AxisEpsilon = 1e-6f;
    private const float PoleSnapDegrees = 20f;

    /// <summary>
    /// Revolves an open profile running from bottom to top with the solid on its left (outer walls go up).
    /// The result is closed when the first and last points lie on the axis (radius 0).
    /// </summary>
    public static MeshData Revolve(string name, IReadOnlyList<Vector2> profile, int segments, float creaseDegrees = DefaultCreaseDegrees)
    {
        var builder = new MeshBuilder();
        AddRevolution(builder, profile, closedLoop: false, segments, 0f, MathF.Tau, creaseDegrees);
        return builder.Build(name);
    }

    /// <summary>
    /// Revolves a closed counter-clockwise loop in the (radius, y) plane (a cross-section of a solid ring or shell).
    /// A partial <paramref name="sweep"/> (radians, from <paramref name="sweepStart"/>) is closed with flat end caps,
    /// giving a cut-away.
    /// </summary>
    public static MeshData RevolveLoop(string name, IReadOnlyList<Vector2> loop, int segments, float sweepStart = 0f, float sweep = MathF.Tau, float creaseDegrees = DefaultCreaseDegrees)
    {
        var builder = new MeshBuilder();
        AddRevolution(builder, loop, closedLoop: true, segments, sweepStart, sweep, creaseDegrees);
        if (sweep < MathF.Tau - 1e-4f)
        {
            AddCap(builder, loop, sweepStart, atStart: true);
            AddCap(builder, loop, sweepStart + sweep, atStart: false);
        }

        return builder.Build(name);
    }

    /// <summary>
    /// A thick-walled vessel: the wall lies inside <paramref name="outerProfile"/> (bottom to top, as for
    /// <see cref="Revolve"/>) with the given wall <paramref name="thickness"/>. Open profile ends become rims, so a
    /// profile ending off the axis gives an open-topped vessel; a partial sweep gives a cut-away with a window.
    /// </summary>
    public static MeshData Shell(string name, IReadOnlyList<Vector2> outerProfile, float thickness, int segments, float sweepStart = 0f, float sweep = MathF.Tau, float creaseDegrees = DefaultCreaseDegrees)
    {
        ArgumentNullException.ThrowIfNull(outerProfile);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(thickness);
        var inner = OffsetInward(outerProfile, thickness);
        var loop = new List<Vector2>(outerProfile);
        for (var i = inner.Count - 1; i >= 0; i--)
        {
            loop.Add(inner[i]);
        }

        return RevolveLoop(name, loop, segments, sweepStart, sweep, creaseDegrees);
    }

    internal static void AddRevolution(MeshBuilder builder, IReadOnlyList<Vector2> points, bool closedLoop, int segments, float sweepStart, float sweep, float creaseDegrees)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(points.Count, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(segments, 3);
        var full = sweep >= MathF.Tau - 1e-4f;
        var ring = new RingMaker(builder, segments, sweepStart, sweep, full);
        var segmentNormals = SegmentNormals(points, closedLoop);
        var cosCrease = MathF.Cos(creaseDegrees * MathF.PI / 180f);
        var count = points.Count;
        var ringIn = new Ring[count];
        var ringOut = new Ring[count];
        for (var i = 0; i < count; i++)
        {
            var hasIn = closedLoop || i > 0;
            var hasOut = closedLoop || i < count - 1;
            var nIn = hasIn ? segmentNormals[(i + segmentNormals.Length - 1) % segmentNormals.Length] : segmentNormals[i];
            var nOut = hasOut ? segmentNormals[i % segmentNormals.Length] : nIn;
            if (!hasIn)
            {
                nIn = nOut;
            }

            if (Vector2.Dot(nIn, nOut) >= cosCrease)
            {
                ringIn[i] = ringOut[i] = ring.Make(points[i], SnapAtPole(points[i], Vector2.Normalize(nIn + nOut), hasIn && hasOut));
            }
            else
            {
                ringIn[i] = ring.Make(points[i], nIn);
                ringOut[i] = ring.Make(points[i], nOut);
            }
        }

        var segmentCount = closedLoop ? count : count - 1;
        for (var k = 0; k < segmentCount; k++)
        {
            ConnectRings(builder, ringOut[k], ringIn[(k + 1) % count], segments, full);
        }
    }

    private static Vector2 SnapAtPole(Vector2 point, Vector2 normal, bool interior)
    {
        if (interior || point.X > AxisEpsilon)
        {
            return normal;
        }

        var towardAxis = Math.Abs(normal.Y) >= MathF.Cos(PoleSnapDegrees * MathF.PI / 180f);
        return towardAxis ? new Vector2(0f, MathF.Sign(normal.Y)) : normal;
    }

    private static Vector2[] SegmentNormals(IReadOnlyList<Vector2> points, bool closedLoop)
    {
        var segmentCount = closedLoop ? points.Count : points.Count - 1;
        var normals = new Vector2[segmentCount];
        for (var k = 0; k < segmentCount; k++)
        {
            var d = points[(k + 1) % points.Count] - points[k];
            if (d.LengthSquared() < 1e-14f)
            {
                throw new ArgumentException($"profile points {k} and {(k + 1) % points.Count} coincide", nameof(points));
            }

            normals[k] = Vector2.Normalize(new Vector2(d.Y, -d.X));
        }

        return normals;
    }

    private static void ConnectRings(MeshBuilder builder, Ring a, Ring b, int segments, bool full)
    {
        if (a.Pole && b.Pole)
        {
            return;
        }

        for (var j = 0; j < segments; j++)
        {
            if (a.Pole)
            {
                builder.AddTriangle(a.Index(j, j, full), b.Index(j, j, full), b.Index(j + 1, j, full));
            }
            else if (b.Pole)
            {
                builder.AddTriangle(a.Index(j, j, full), b.Index(j, j, full), a.Index(j + 1, j, full));
            }
            else
            {
                builder.AddTriangle(a.Index(j, j, full), b.Index(j, j, full), a.Index(j + 1, j, full));
                builder.AddTriangle(a.Index(j + 1, j, full), b.Index(j, j, full), b.Index(j + 1, j, full));
            }
        }
    }

    private static void AddCap(MeshBuilder builder, IReadOnlyList<Vector2> loop, float angle, bool atStart)
    {
        var (sin, cos) = MathF.SinCos(angle);
        var outward = atStart ? new Vector3(sin, 0f, -cos) : new Vector3(-sin, 0f, cos);
        foreach (var (a, b, c) in PolygonTriangulator.Triangulate(loop))
        {
            builder.AddFlatTriangleFacing(At(loop[a], cos, sin), At(loop[b], cos, sin), At(loop[c], cos, sin), outward);
        }
    }

    private static Vector3 At(Vector2 profilePoint, float cos, float sin) => new(profilePoint.X * cos, profilePoint.Y, profilePoint.X * sin);

    private static List<Vector2> OffsetInward(IReadOnlyList<Vector2> profile, float thickness)
    {
        var normals = SegmentNormals(profile, closedLoop: false);
        var inner = new List<Vector2>(profile.Count);
        for (var i = 0; i < profile.Count; i++)
        {
            var nIn = normals[Math.Max(i - 1, 0)];
            var nOut = normals[Math.Min(i, normals.Length - 1)];
            var miter = Vector2.Normalize(nIn + nOut);
            var scale = thickness / Math.Max(Vector2.Dot(miter, nOut), 0.35f);
            var p = profile[i] - (miter * scale);
            inner.Add(new Vector2(Math.Max(p.X, 0f), p.Y));
        }

        return inner;
    }

    /// <summary>A ring of vertices at one profile point: a full ring, or on the axis one vertex per sector.</summary>
    private readonly record struct Ring(uint First, bool Pole, int Segments)
    {
        public uint Index(int column, int sector, bool full) =>
            Pole ? First + (uint)sector : First + (uint)(full ? column % Segments : column);
    }

    private sealed class RingMaker(MeshBuilder builder, int segments, float sweepStart, float sweep, bool full)
    {
        public Ring Make(Vector2 point, Vector2 normal)
        {
            var pole = point.X <= AxisEpsilon;
            var first = (uint)builder.VertexCount;
            var columns = pole || full ? segments : segments + 1;
            for (var c = 0; c < columns; c++)
            {
                var t = pole ? c + 0.5f : c;
                var (sin, cos) = MathF.SinCos(sweepStart + (sweep * t / segments));
                var position = pole ? new Vector3(0f, point.Y, 0f) : At(point, cos, sin);
                builder.AddVertex(position, new Vector3(normal.X * cos, normal.Y, normal.X * sin));
            }

            return new Ring(first, pole, segments);
        }
    }
}
