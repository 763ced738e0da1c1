using Metaverse.ClientXr.Platform.Gl;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>Declares float vertex attributes of the buffer bound to GL_ARRAY_BUFFER in the bound vertex array.</summary>
internal static class VertexLayout
{
    /// <param name="gl">The context's functions.</param>
    /// <param name="location">Attribute location.</param>
    /// <param name="components">Floats in the attribute (1–4).</param>
    /// <param name="stride">Bytes per vertex (or per instance).</param>
    /// <param name="offset">Byte offset of the attribute in the vertex.</param>
    /// <param name="perInstance">Advance once per instance instead of once per vertex.</param>
    public static void Float(GlApi gl, uint location, int components, int stride, int offset, bool perInstance = false)
    {
        gl.EnableVertexAttribArray(location);
        gl.VertexAttribPointer(location, components, GlConstants.Float, 0, stride, offset);
        if (perInstance)
        {
            gl.VertexAttribDivisor(location, 1);
        }
    }
}
