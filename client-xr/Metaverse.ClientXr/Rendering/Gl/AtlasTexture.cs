using Metaverse.ClientXr.Platform.Gl;
using Metaverse.ClientXr.Rendering.Text;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>The <see cref="GlyphAtlas"/> as a single-channel (R8) texture with linear filtering; uv (0,0) is the atlas's top row.</summary>
internal sealed unsafe class AtlasTexture : IDisposable
{
    private readonly GlApi _gl;
    private uint _texture;

    public AtlasTexture(GlApi gl, GlyphAtlas atlas)
    {
        _gl = gl;
        uint texture;
        gl.GenTextures(1, &texture);
        _texture = texture;
        gl.BindTexture(GlConstants.Texture2D, _texture);
        gl.PixelStorei(GlConstants.UnpackAlignment, 1);
        fixed (byte* pixels = atlas.Pixels)
        {
            gl.TexImage2D(GlConstants.Texture2D, 0, GlConstants.R8, atlas.Width, atlas.Height, 0, GlConstants.Red, GlConstants.UnsignedByte, pixels);
        }

        gl.TexParameteri(GlConstants.Texture2D, GlConstants.TextureMinFilter, GlConstants.Linear);
        gl.TexParameteri(GlConstants.Texture2D, GlConstants.TextureMagFilter, GlConstants.Linear);
        gl.TexParameteri(GlConstants.Texture2D, GlConstants.TextureWrapS, GlConstants.ClampToEdge);
        gl.TexParameteri(GlConstants.Texture2D, GlConstants.TextureWrapT, GlConstants.ClampToEdge);
        gl.BindTexture(GlConstants.Texture2D, 0);
        gl.ThrowIfError("uploading the glyph atlas");
    }

    public void Bind(uint unit)
    {
        _gl.ActiveTexture(GlConstants.Texture0 + unit);
        _gl.BindTexture(GlConstants.Texture2D, _texture);
    }

    public void Dispose()
    {
        if (_texture != 0)
        {
            var texture = _texture;
            _gl.DeleteTextures(1, &texture);
            _texture = 0;
        }
    }
}
