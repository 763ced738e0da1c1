using System.Numerics;
using Metaverse.ClientXr.Platform.Gl;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>
/// Draws a list's <see cref="MeshInstance"/>s: instances grouped by mesh (by reference), one glDrawElementsInstanced per mesh,
/// either the opaque ones (alpha 1) or the translucent ones (alpha below 1, drawn after everything opaque).
/// Each <see cref="MeshData"/> is uploaded the first time it is seen and kept until <see cref="Forget"/> or disposal.
/// </summary>
internal sealed class MeshPass : IDisposable
{
    private readonly GlApi _gl;
    private readonly ShaderProgram _program;
    private readonly StreamBuffer _instances;
    private readonly Dictionary<MeshData, GpuMesh> _meshes = new(ReferenceEqualityComparer.Instance);
    private readonly List<GpuMesh> _used = [];
    private readonly int _viewProjection;
    private readonly int _lightDirection;
    private readonly int _lightColor;
    private readonly int _skyColor;
    private readonly int _groundColor;
    private readonly int _eye;

    public MeshPass(GlApi gl)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, "mesh", ShaderSources.MeshVertex, ShaderSources.MeshFragment);
        _instances = new StreamBuffer(gl);
        _viewProjection = _program.Uniform("uViewProjection");
        _lightDirection = _program.Uniform("uLightDirection");
        _lightColor = _program.Uniform("uLightColor");
        _skyColor = _program.Uniform("uSkyColor");
        _groundColor = _program.Uniform("uGroundColor");
        _eye = _program.Uniform("uEye");
    }

    /// <summary>Meshes resident on the GPU.</summary>
    public int UploadedMeshes => _meshes.Count;

    public void Draw(ReadOnlySpan<MeshInstance> instances, in RenderView view, in Matrix4x4 viewProjection, SceneLighting lighting, FrameStats stats, bool translucent = false)
    {
        Collect(instances, translucent);
        if (_used.Count == 0)
        {
            return;
        }

        _program.Use();
        _program.SetMatrix(_viewProjection, viewProjection);
        _program.SetVector(_lightDirection, Vector3.Normalize(lighting.Direction));
        _program.SetVector(_lightColor, lighting.LightColor);
        _program.SetVector(_skyColor, lighting.SkyColor);
        _program.SetVector(_groundColor, lighting.GroundColor);
        _program.SetVector(_eye, view.EyePosition);
        foreach (var mesh in _used)
        {
            _instances.Upload<InstanceData>(mesh.Instances.Span);
            mesh.Bind();
            _gl.DrawElementsInstanced(GlConstants.Triangles, mesh.IndexCount, GlConstants.UnsignedInt, 0, mesh.Instances.Count);
            stats.CountMeshDraw(mesh.TriangleCount, mesh.Instances.Count);
            mesh.Instances.Clear();
        }

        _gl.BindVertexArray(0);
        _used.Clear();
        _gl.CheckError("drawing meshes");
    }

    /// <summary>Frees the GPU buffers of a mesh no longer drawn (it is uploaded again if drawn later).</summary>
    public void Forget(MeshData mesh)
    {
        if (_meshes.Remove(mesh, out var gpu))
        {
            gpu.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var mesh in _meshes.Values)
        {
            mesh.Dispose();
        }

        _meshes.Clear();
        _instances.Dispose();
        _program.Dispose();
    }

    private void Collect(ReadOnlySpan<MeshInstance> instances, bool translucent)
    {
        foreach (ref readonly var instance in instances)
        {
            if (instance.Color.A < 1f != translucent)
            {
                continue;
            }

            if (!_meshes.TryGetValue(instance.Mesh, out var gpu))
            {
                gpu = new GpuMesh(_gl, instance.Mesh, _instances.Handle);
                _meshes.Add(instance.Mesh, gpu);
            }

            if (gpu.Instances.Count == 0)
            {
                _used.Add(gpu);
            }

            gpu.Instances.Add(new InstanceData(instance.World, instance.Color.ToVector4(), instance.Emissive ? 1f : 0f));
        }
    }
}
