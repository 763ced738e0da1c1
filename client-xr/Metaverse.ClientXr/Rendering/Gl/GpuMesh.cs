using System.Numerics;
using Metaverse.ClientXr.Platform.Gl;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>
/// One <see cref="MeshData"/> on the GPU: interleaved position + normal buffer, index buffer, and a vertex array whose
/// per-instance attributes read the renderer's shared instance buffer. Also collects this frame's instances.
/// </summary>
internal sealed unsafe class GpuMesh : IDisposable
{
    private const int VertexStride = 24;
    private readonly GlApi _gl;
    private uint _vertexArray;
    private readonly uint _vertexBuffer;
    private readonly uint _indexBuffer;

    public GpuMesh(GlApi gl, MeshData mesh, uint instanceBuffer)
    {
        _gl = gl;
        IndexCount = mesh.Indices.Count;
        TriangleCount = mesh.TriangleCount;
        uint vertexArray, vertexBuffer, indexBuffer;
        gl.GenVertexArrays(1, &vertexArray);
        gl.GenBuffers(1, &vertexBuffer);
        gl.GenBuffers(1, &indexBuffer);
        (_vertexArray, _vertexBuffer, _indexBuffer) = (vertexArray, vertexBuffer, indexBuffer);
        gl.BindVertexArray(_vertexArray);

        var vertices = new Vector3[mesh.Positions.Count * 2];
        for (var i = 0; i < mesh.Positions.Count; i++)
        {
            vertices[2 * i] = mesh.Positions[i];
            vertices[(2 * i) + 1] = mesh.Normals[i];
        }

        gl.BindBuffer(GlConstants.ArrayBuffer, _vertexBuffer);
        fixed (Vector3* v = vertices)
        {
            gl.BufferData(GlConstants.ArrayBuffer, vertices.Length * sizeof(Vector3), v, GlConstants.StaticDraw);
        }

        VertexLayout.Float(gl, 0, 3, VertexStride, 0);
        VertexLayout.Float(gl, 1, 3, VertexStride, 12);

        var indices = mesh.Indices.ToArray();
        gl.BindBuffer(GlConstants.ElementArrayBuffer, _indexBuffer);
        fixed (uint* i = indices)
        {
            gl.BufferData(GlConstants.ElementArrayBuffer, indices.Length * sizeof(uint), i, GlConstants.StaticDraw);
        }

        gl.BindBuffer(GlConstants.ArrayBuffer, instanceBuffer);
        for (uint row = 0; row < 4; row++)
        {
            VertexLayout.Float(gl, 2 + row, 4, InstanceData.Stride, (int)row * 16, perInstance: true);
        }

        VertexLayout.Float(gl, 6, 4, InstanceData.Stride, 64, perInstance: true);
        VertexLayout.Float(gl, 7, 1, InstanceData.Stride, 80, perInstance: true);
        gl.BindVertexArray(0);
        gl.ThrowIfError($"uploading mesh '{mesh.Name}'");
    }

    public int IndexCount { get; }

    public int TriangleCount { get; }

    /// <summary>Instances collected for the current draw (cleared after each draw).</summary>
    public GrowBuffer<InstanceData> Instances { get; } = new();

    public void Bind() => _gl.BindVertexArray(_vertexArray);

    public void Dispose()
    {
        if (_vertexArray == 0)
        {
            return;
        }

        uint vertexArray = _vertexArray, vertexBuffer = _vertexBuffer, indexBuffer = _indexBuffer;
        _gl.DeleteVertexArrays(1, &vertexArray);
        _gl.DeleteBuffers(1, &vertexBuffer);
        _gl.DeleteBuffers(1, &indexBuffer);
        _vertexArray = 0;
    }
}
