namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>What the renderer submitted since <see cref="GlRenderer.BeginFrame"/> (all views and the overlay together).</summary>
public sealed class FrameStats
{
    /// <summary>Draw calls of every kind (instanced meshes, line batches, panel and overlay batches).</summary>
    public int DrawCalls { get; private set; }

    /// <summary>Instanced mesh draw calls only (one per distinct mesh per view).</summary>
    public int MeshDrawCalls { get; private set; }

    /// <summary>Triangles submitted (mesh triangles × instances, two per quad or glyph).</summary>
    public long Triangles { get; private set; }

    /// <summary>Mesh instances drawn.</summary>
    public int Instances { get; private set; }

    public override string ToString() => $"{DrawCalls} draws ({MeshDrawCalls} mesh), {Instances} instances, {Triangles} triangles";

    internal void Reset()
    {
        DrawCalls = 0;
        MeshDrawCalls = 0;
        Triangles = 0;
        Instances = 0;
    }

    internal void CountMeshDraw(int triangles, int instances)
    {
        DrawCalls++;
        MeshDrawCalls++;
        Triangles += (long)triangles * instances;
        Instances += instances;
    }

    internal void CountDraw(long triangles)
    {
        DrawCalls++;
        Triangles += triangles;
    }
}
