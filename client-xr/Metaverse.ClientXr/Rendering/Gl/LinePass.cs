using System.Numerics;
using Metaverse.ClientXr.Platform.Gl;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>Draws all <see cref="LineSegment"/>s of a list as one GL_LINES batch (1 pixel wide, unlit, depth-tested).</summary>
internal sealed unsafe class LinePass : IDisposable
{
    private readonly GlApi _gl;
    private readonly ShaderProgram _program;
    private readonly StreamBuffer _vertices;
    private readonly GrowBuffer<ColorVertex> _batch = new();
    private readonly int _viewProjection;
    private uint _vertexArray;

    public LinePass(GlApi gl)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, "line", ShaderSources.LineVertex, ShaderSources.LineFragment);
        _viewProjection = _program.Uniform("uViewProjection");
        _vertices = new StreamBuffer(gl);
        _vertexArray = VertexLayout.CreateArray(gl, _vertices.Handle, ColorVertex.Stride, (3, 0), (4, 12));
        gl.ThrowIfError("creating the line pass");
    }

    public void Draw(ReadOnlySpan<LineSegment> lines, in Matrix4x4 viewProjection, FrameStats stats)
    {
        if (lines.IsEmpty)
        {
            return;
        }

        _batch.Clear();
        foreach (ref readonly var line in lines)
        {
            var color = line.Color.ToVector4();
            _batch.Add(new ColorVertex(line.From, color));
            _batch.Add(new ColorVertex(line.To, color));
        }

        _program.Use();
        _program.SetMatrix(_viewProjection, viewProjection);
        _gl.BindVertexArray(_vertexArray);
        _vertices.Upload<ColorVertex>(_batch.Span);
        _gl.DrawArrays(GlConstants.Lines, 0, _batch.Count);
        _gl.BindVertexArray(0);
        stats.CountDraw(0);
        _gl.CheckError("drawing lines");
    }

    public void Dispose()
    {
        VertexLayout.Delete(_gl, ref _vertexArray);

        _vertices.Dispose();
        _program.Dispose();
    }
}
