using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Primitives;

/// <summary>Prisms: a simple polygon in the xy plane extruded along z, centred on z = 0, with flat faces front and back.</summary>
public static class Extrusion
{
    /// <summary>
    /// Extrudes <paramref name="outline"/> (either winding) to <paramref name="depth"/> metres. Side corners sharper than
    /// <paramref name="creaseDegrees"/> get hard edges, gentler ones are smooth (so rounded corners shade round).
    /// </summary>
    public static MeshData Prism(string name, IReadOnlyList<Vector2> outline, float depth, float creaseDegrees = Lathe.DefaultCreaseDegrees)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(depth);
        var ccw = PolygonTriangulator.SignedArea(outline) > 0f ? outline : [.. outline.Reverse()];
        var builder = new MeshBuilder();
        var front = depth / 2f;
        foreach (var (a, b, c) in PolygonTriangulator.Triangulate(ccw))
        {
            builder.AddFlatTriangleFacing(At(ccw[a], front), At(ccw[b], front), At(ccw[c], front), Vector3.UnitZ);
            builder.AddFlatTriangleFacing(At(ccw[a], -front), At(ccw[b], -front), At(ccw[c], -front), -Vector3.UnitZ);
        }

        AddSides(builder, ccw, front, MathF.Cos(creaseDegrees * MathF.PI / 180f));
        return builder.Build(name);
    }

    /// <summary>A panel of <paramref name="width"/> × <paramref name="height"/> with rounded corners, <paramref name="thickness"/> along z, centred on the origin.</summary>
    public static MeshData RoundedPanel(string name, float width, float height, float thickness, float cornerRadius, int cornerSteps = 4)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cornerRadius);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cornerRadius, Math.Min(width, height) / 2f);
        var hx = (width / 2f) - cornerRadius;
        var hy = (height / 2f) - cornerRadius;
        var outline = new List<Vector2>();
        Vector2[] centres = [new(hx, hy), new(-hx, hy), new(-hx, -hy), new(hx, -hy)];
        for (var corner = 0; corner < 4; corner++)
        {
            for (var s = 0; s <= cornerSteps; s++)
            {
                var (sin, cos) = MathF.SinCos((corner + ((float)s / cornerSteps)) * MathF.PI / 2f);
                var p = centres[corner] + (cornerRadius * new Vector2(cos, sin));
                if (outline.Count == 0 || Vector2.DistanceSquared(outline[^1], p) > 1e-12f)
                {
                    outline.Add(p);
                }
            }
        }

        if (Vector2.DistanceSquared(outline[0], outline[^1]) < 1e-12f)
        {
            outline.RemoveAt(outline.Count - 1);
        }

        return Prism(name, outline, thickness);
    }

    private static void AddSides(MeshBuilder builder, IReadOnlyList<Vector2> ccw, float front, float cosCrease)
    {
        var count = ccw.Count;
        var normals = new Vector2[count];
        for (var i = 0; i < count; i++)
        {
            var d = ccw[(i + 1) % count] - ccw[i];
            normals[i] = Vector2.Normalize(new Vector2(d.Y, -d.X));
        }

        for (var i = 0; i < count; i++)
        {
            var next = (i + 1) % count;
            var n0 = CornerNormal(normals[(i + count - 1) % count], normals[i], cosCrease);
            var n1 = CornerNormal(normals[next], normals[i], cosCrease);
            var a = builder.AddVertex(At(ccw[i], -front), new Vector3(n0, 0f));
            var b = builder.AddVertex(At(ccw[next], -front), new Vector3(n1, 0f));
            var c = builder.AddVertex(At(ccw[next], front), new Vector3(n1, 0f));
            var d = builder.AddVertex(At(ccw[i], front), new Vector3(n0, 0f));
            builder.AddTriangle(a, b, c);
            builder.AddTriangle(a, c, d);
        }
    }

    private static Vector2 CornerNormal(Vector2 neighbour, Vector2 own, float cosCrease) =>
        Vector2.Dot(neighbour, own) >= cosCrease ? Vector2.Normalize(neighbour + own) : own;

    private static Vector3 At(Vector2 p, float z) => new(p.X, p.Y, z);
}
