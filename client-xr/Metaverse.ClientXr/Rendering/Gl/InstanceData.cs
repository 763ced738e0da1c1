using System.Numerics;
using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>Per-instance vertex data of the mesh shader (locations 2–7): world matrix rows, colour, emissive flag. 84 bytes.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct InstanceData(Matrix4x4 World, Vector4 Color, float Emissive)
{
    public const int Stride = 84;
}

/// <summary>A line vertex (locations 0–1). 28 bytes.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct ColorVertex(Vector3 Position, Vector4 Color)
{
    public const int Stride = 28;
}

/// <summary>A panel or overlay vertex (locations 0–2). 36 bytes.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct PanelVertex(Vector3 Position, Vector2 Uv, Vector4 Color)
{
    public const int Stride = 36;
}
