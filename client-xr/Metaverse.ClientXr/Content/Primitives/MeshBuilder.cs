using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Primitives;

/// <summary>
/// A mesh under construction: vertices (metres, unit normals) and counter-clockwise triangles. Append
/// finished meshes under a transform to merge parts into one <see cref="MeshData"/>. Not thread-safe;
/// build once (content is built lazily at start-up, never per frame).
/// </summary>
public sealed class MeshBuilder
{
    private readonly List<Vector3> _positions = [];
    private readonly List<Vector3> _normals = [];
    private readonly List<uint> _indices = [];

    public int VertexCount => _positions.Count;

    public int TriangleCount => _indices.Count / 3;

    /// <summary>Adds a vertex; the normal is normalised here. Returns its index.</summary>
    public uint AddVertex(Vector3 position, Vector3 normal)
    {
        _positions.Add(position);
        _normals.Add(SafeNormalize(normal));
        return (uint)(_positions.Count - 1);
    }

    /// <summary>Adds a triangle of existing vertices, counter-clockwise seen from its front.</summary>
    public void AddTriangle(uint a, uint b, uint c)
    {
        _indices.Add(a);
        _indices.Add(b);
        _indices.Add(c);
    }

    /// <summary>A flat triangle whose winding is chosen so its front faces <paramref name="outward"/>.</summary>
    public void AddFlatTriangleFacing(Vector3 a, Vector3 b, Vector3 c, Vector3 outward)
    {
        if (Vector3.Dot(Vector3.Cross(b - a, c - a), outward) < 0f)
        {
            (b, c) = (c, b);
        }

        var normal = SafeNormalize(Vector3.Cross(b - a, c - a));
        AddTriangle(AddVertex(a, normal), AddVertex(b, normal), AddVertex(c, normal));
    }

    /// <summary>A flat quad (corners <paramref name="a"/>…<paramref name="d"/> in order around its edge) facing <paramref name="outward"/>.</summary>
    public void AddFlatQuadFacing(Vector3 a, Vector3 b, Vector3 c, Vector3 d, Vector3 outward)
    {
        if (Vector3.Dot(Vector3.Cross(b - a, c - a), outward) < 0f)
        {
            (b, d) = (d, b);
        }

        var normal = SafeNormalize(Vector3.Cross(b - a, c - a));
        var ia = AddVertex(a, normal);
        var ib = AddVertex(b, normal);
        var ic = AddVertex(c, normal);
        var id = AddVertex(d, normal);
        AddTriangle(ia, ib, ic);
        AddTriangle(ia, ic, id);
    }

    /// <summary>Appends <paramref name="mesh"/> transformed by <paramref name="transform"/> (row-vector convention); a mirroring transform keeps the faces' fronts outward.</summary>
    public MeshBuilder Append(MeshData mesh, in Matrix4x4 transform)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        var normalMatrix = NormalMatrix(transform);
        var mirrored = transform.GetDeterminant() < 0f;
        var offset = (uint)_positions.Count;
        for (var i = 0; i < mesh.Positions.Count; i++)
        {
            AddVertex(Vector3.Transform(mesh.Positions[i], transform), Vector3.TransformNormal(mesh.Normals[i], normalMatrix));
        }

        for (var i = 0; i < mesh.Indices.Count; i += 3)
        {
            var a = mesh.Indices[i] + offset;
            var b = mesh.Indices[i + 1] + offset;
            var c = mesh.Indices[i + 2] + offset;
            if (mirrored)
            {
                AddTriangle(a, c, b);
            }
            else
            {
                AddTriangle(a, b, c);
            }
        }

        return this;
    }

    public MeshBuilder Append(MeshData mesh) => Append(mesh, Matrix4x4.Identity);

    /// <summary>Replaces every normal by the area-weighted average of the faces around that vertex index (smooth shading over shared vertices).</summary>
    public void RecomputeSmoothNormals()
    {
        var sums = new Vector3[_positions.Count];
        for (var i = 0; i < _indices.Count; i += 3)
        {
            var (a, b, c) = ((int)_indices[i], (int)_indices[i + 1], (int)_indices[i + 2]);
            var faceTimesTwoArea = Vector3.Cross(_positions[b] - _positions[a], _positions[c] - _positions[a]);
            sums[a] += faceTimesTwoArea;
            sums[b] += faceTimesTwoArea;
            sums[c] += faceTimesTwoArea;
        }

        for (var i = 0; i < sums.Length; i++)
        {
            _normals[i] = SafeNormalize(sums[i]);
        }
    }

    public MeshData Build(string name) => new(name, [.. _positions], [.. _normals], [.. _indices]);

    /// <summary>One mesh from several placed parts.</summary>
    public static MeshData Merge(string name, params ReadOnlySpan<(MeshData Mesh, Matrix4x4 Transform)> parts)
    {
        var builder = new MeshBuilder();
        foreach (var (mesh, transform) in parts)
        {
            builder.Append(mesh, transform);
        }

        return builder.Build(name);
    }

    private static Matrix4x4 NormalMatrix(in Matrix4x4 transform)
    {
        if (!Matrix4x4.Invert(transform, out var inverse))
        {
            throw new ArgumentException("transform is singular", nameof(transform));
        }

        return Matrix4x4.Transpose(inverse);
    }

    internal static Vector3 SafeNormalize(Vector3 v)
    {
        var length = v.Length();
        return length > 1e-12f ? v / length : Vector3.UnitY;
    }
}
