using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Primitives;

/// <summary>Shared unit shapes, each built once on first use (thread-safe), for instancing with a scale transform.</summary>
public static class UnitMeshes
{
    private static readonly Lazy<MeshData> LazySphere = new(() => RevolvedShapes.Sphere("unit-sphere", 1f, 16, 12));
    private static readonly Lazy<MeshData> LazyCylinder = new(() => RevolvedShapes.Cylinder("unit-cylinder", 1f, 1f, 12));
    private static readonly Lazy<MeshData> LazyCube = new(() => BoxMesh.Create("unit-cube", System.Numerics.Vector3.One));

    /// <summary>Radius 1, centred on the origin, 16 × 12.</summary>
    public static MeshData Sphere => LazySphere.Value;

    /// <summary>Radius 1, from y = 0 to y = 1, 12 segments: scale (r, length, r) and rotate +y onto a direction for sticks.</summary>
    public static MeshData Cylinder => LazyCylinder.Value;

    /// <summary>Edge 1, centred on the origin.</summary>
    public static MeshData Cube => LazyCube.Value;
}
