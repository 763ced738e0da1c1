using Metaverse.ClientXr.Platform.Gl;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>Declares float vertex attributes of the buffer bound to GL_ARRAY_BUFFER in the bound vertex array.</summary>
internal static unsafe class VertexLayout
{
    /// <summary>
    /// A vertex array over <paramref name="buffer"/> whose float attribute i (location i) has
    /// <c>attributes[i].Components</c> floats at byte <c>attributes[i].Offset</c> of each <paramref name="stride"/>-byte vertex.
    /// Leaves no vertex array bound; free it with <see cref="Delete"/>.
    /// </summary>
    public static uint CreateArray(GlApi gl, uint buffer, int stride, params ReadOnlySpan<(int Components, int Offset)> attributes)
    {
        uint vertexArray;
        gl.GenVertexArrays(1, &vertexArray);
        gl.BindVertexArray(vertexArray);
        gl.BindBuffer(GlConstants.ArrayBuffer, buffer);
        for (var i = 0; i < attributes.Length; i++)
        {
            Float(gl, (uint)i, attributes[i].Components, stride, attributes[i].Offset);
        }

        gl.BindVertexArray(0);
        return vertexArray;
    }

    /// <summary>Deletes a vertex array made by <see cref="CreateArray"/> (0 is ignored) and zeroes the handle.</summary>
    public static void Delete(GlApi gl, ref uint vertexArray)
    {
        if (vertexArray != 0)
        {
            var handle = vertexArray;
            gl.DeleteVertexArrays(1, &handle);
            vertexArray = 0;
        }
    }

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
