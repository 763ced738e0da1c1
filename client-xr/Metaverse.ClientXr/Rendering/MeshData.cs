using System.Numerics;

namespace Metaverse.ClientXr.Rendering;

/// <summary>
/// A triangle mesh on the CPU: positions (metres, model space), unit normals, and counter-clockwise
/// triangles (front faces) as indices. Immutable once built; the renderer uploads each instance to the GPU
/// once and keys its buffers by reference, so build a mesh once and reuse it every frame.
/// </summary>
public sealed class MeshData
{
    public MeshData(string name, Vector3[] positions, Vector3[] normals, uint[] indices)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(normals);
        ArgumentNullException.ThrowIfNull(indices);
        if (positions.Length != normals.Length)
        {
            throw new ArgumentException($"mesh '{name}': {positions.Length} positions but {normals.Length} normals", nameof(normals));
        }

        if (indices.Length % 3 != 0)
        {
            throw new ArgumentException($"mesh '{name}': index count {indices.Length} is not a multiple of 3", nameof(indices));
        }

        foreach (var index in indices)
        {
            if (index >= positions.Length)
            {
                throw new ArgumentException($"mesh '{name}': index {index} is outside the {positions.Length} vertices", nameof(indices));
            }
        }

        Name = name;
        Positions = positions;
        Normals = normals;
        Indices = indices;
        (BoundsMin, BoundsMax) = Bounds(positions);
    }

    public string Name { get; }

    public IReadOnlyList<Vector3> Positions { get; }

    public IReadOnlyList<Vector3> Normals { get; }

    public IReadOnlyList<uint> Indices { get; }

    public int TriangleCount => Indices.Count / 3;

    /// <summary>Axis-aligned bounds in model space (metres).</summary>
    public Vector3 BoundsMin { get; }

    public Vector3 BoundsMax { get; }

    private static (Vector3 Min, Vector3 Max) Bounds(Vector3[] positions)
    {
        if (positions.Length == 0)
        {
            return (Vector3.Zero, Vector3.Zero);
        }

        var min = positions[0];
        var max = positions[0];
        foreach (var p in positions)
        {
            min = Vector3.Min(min, p);
            max = Vector3.Max(max, p);
        }

        return (min, max);
    }
}
