using Metaverse.ClientXr.Platform.Gl;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>A GL_ARRAY_BUFFER refilled each draw (orphaned with glBufferData so the driver never waits on the previous contents).</summary>
internal sealed unsafe class StreamBuffer : IDisposable
{
    private readonly GlApi _gl;
    private uint _buffer;

    public StreamBuffer(GlApi gl)
    {
        _gl = gl;
        uint buffer;
        gl.GenBuffers(1, &buffer);
        _buffer = buffer;
    }

    public uint Handle => _buffer;

    /// <summary>Binds the buffer and replaces its contents with <paramref name="data"/>.</summary>
    public void Upload<T>(ReadOnlySpan<T> data)
        where T : unmanaged
    {
        _gl.BindBuffer(GlConstants.ArrayBuffer, _buffer);
        fixed (T* p = data)
        {
            _gl.BufferData(GlConstants.ArrayBuffer, data.Length * sizeof(T), p, GlConstants.StreamDraw);
        }
    }

    public void Dispose()
    {
        if (_buffer != 0)
        {
            var buffer = _buffer;
            _gl.DeleteBuffers(1, &buffer);
            _buffer = 0;
        }
    }
}
