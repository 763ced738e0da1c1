using System.Numerics;
using System.Text;
using Metaverse.ClientXr.Platform.Gl;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>A linked vertex + fragment program. Compile and link errors throw with the driver's info log and the program's name.</summary>
internal sealed unsafe class ShaderProgram : IDisposable
{
    private readonly GlApi _gl;
    private uint _program;

    public ShaderProgram(GlApi gl, string name, string vertexSource, string fragmentSource)
    {
        _gl = gl;
        Name = name;
        var vertex = Compile(GlConstants.VertexShader, "vertex", vertexSource);
        var fragment = Compile(GlConstants.FragmentShader, "fragment", fragmentSource);
        _program = gl.CreateProgram();
        gl.AttachShader(_program, vertex);
        gl.AttachShader(_program, fragment);
        gl.LinkProgram(_program);
        gl.DeleteShader(vertex);
        gl.DeleteShader(fragment);
        int linked;
        gl.GetProgramiv(_program, GlConstants.LinkStatus, &linked);
        if (linked == 0)
        {
            var log = ProgramLog();
            Dispose();
            throw new InvalidOperationException($"shader program '{name}' failed to link: {log}");
        }

        gl.ThrowIfError($"linking shader program '{name}'");
    }

    public string Name { get; }

    public void Use() => _gl.UseProgram(_program);

    /// <summary>The location of a uniform; throws when the program has no active uniform of that name (a typo, or optimised away).</summary>
    public int Uniform(string uniform)
    {
        var bytes = Encoding.UTF8.GetBytes(uniform + "\0");
        fixed (byte* p = bytes)
        {
            var location = _gl.GetUniformLocation(_program, p);
            return location >= 0 ? location : throw new InvalidOperationException($"shader program '{Name}' has no active uniform {uniform}");
        }
    }

    public void SetMatrix(int location, in Matrix4x4 matrix)
    {
        // Row-major System.Numerics memory read as column-major by GL is the transpose: shaders compute matrix * column vector.
        fixed (Matrix4x4* m = &matrix)
        {
            _gl.UniformMatrix4fv(location, 1, 0, (float*)m);
        }
    }

    public void SetVector(int location, Vector3 value) => _gl.Uniform3f(location, value.X, value.Y, value.Z);

    public void SetInt(int location, int value) => _gl.Uniform1i(location, value);

    public void Dispose()
    {
        if (_program != 0)
        {
            _gl.DeleteProgram(_program);
            _program = 0;
        }
    }

    private uint Compile(uint type, string stage, string source)
    {
        var shader = _gl.CreateShader(type);
        var bytes = Encoding.UTF8.GetBytes(source);
        fixed (byte* text = bytes)
        {
            var texts = text;
            var length = bytes.Length;
            _gl.ShaderSource(shader, 1, &texts, &length);
        }

        _gl.CompileShader(shader);
        int compiled;
        _gl.GetShaderiv(shader, GlConstants.CompileStatus, &compiled);
        if (compiled == 0)
        {
            var log = ShaderLog(shader);
            _gl.DeleteShader(shader);
            throw new InvalidOperationException($"{stage} shader of '{Name}' failed to compile: {log}");
        }

        return shader;
    }

    private string ShaderLog(uint shader)
    {
        int length;
        _gl.GetShaderiv(shader, GlConstants.InfoLogLength, &length);
        var log = new byte[Math.Max(length, 1)];
        fixed (byte* p = log)
        {
            _gl.GetShaderInfoLog(shader, log.Length, &length, p);
        }

        return Encoding.UTF8.GetString(log, 0, Math.Max(length, 0)).Trim();
    }

    private string ProgramLog()
    {
        int length;
        _gl.GetProgramiv(_program, GlConstants.InfoLogLength, &length);
        var log = new byte[Math.Max(length, 1)];
        fixed (byte* p = log)
        {
            _gl.GetProgramInfoLog(_program, log.Length, &length, p);
        }

        return Encoding.UTF8.GetString(log, 0, Math.Max(length, 0)).Trim();
    }
}
