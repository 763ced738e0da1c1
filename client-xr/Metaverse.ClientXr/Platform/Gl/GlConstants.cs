namespace Metaverse.ClientXr.Platform.Gl;

/// <summary>The OpenGL 3.3 core constants the renderer uses (values from Khronos' glcorearb.h).</summary>
internal static class GlConstants
{
    public const uint DepthBufferBit = 0x00000100;
    public const uint ColorBufferBit = 0x00004000;

    public const uint Lines = 0x0001;
    public const uint Triangles = 0x0004;

    public const uint UnsignedByte = 0x1401;
    public const uint UnsignedInt = 0x1405;
    public const uint Float = 0x1406;

    public const uint Blend = 0x0BE2;
    public const uint DepthTest = 0x0B71;
    public const uint CullFace = 0x0B44;
    public const uint ScissorTest = 0x0C11;
    public const uint Multisample = 0x809D;
    public const uint FramebufferSrgb = 0x8DB9;
    public const uint Back = 0x0405;
    public const uint Ccw = 0x0901;
    public const uint Lequal = 0x0203;
    public const uint Less = 0x0201;
    public const uint SrcAlpha = 0x0302;
    public const uint OneMinusSrcAlpha = 0x0303;
    public const uint One = 1;

    public const uint ArrayBuffer = 0x8892;
    public const uint ElementArrayBuffer = 0x8893;
    public const uint StaticDraw = 0x88E4;
    public const uint StreamDraw = 0x88E0;
    public const uint DynamicDraw = 0x88E8;

    public const uint VertexShader = 0x8B31;
    public const uint FragmentShader = 0x8B30;
    public const uint CompileStatus = 0x8B81;
    public const uint LinkStatus = 0x8B82;
    public const uint InfoLogLength = 0x8B84;

    public const uint Texture2D = 0x0DE1;
    public const uint Texture0 = 0x84C0;
    public const uint TextureMinFilter = 0x2801;
    public const uint TextureMagFilter = 0x2800;
    public const uint TextureWrapS = 0x2802;
    public const uint TextureWrapT = 0x2803;
    public const int Linear = 0x2601;
    public const int ClampToEdge = 0x812F;
    public const int R8 = 0x8229;
    public const uint Red = 0x1903;
    public const uint Rgba = 0x1908;
    public const uint UnpackAlignment = 0x0CF5;
    public const uint PackAlignment = 0x0D05;

    public const uint Vendor = 0x1F00;
    public const uint Renderer = 0x1F01;
    public const uint Version = 0x1F02;
    public const uint ShadingLanguageVersion = 0x8B8C;

    public const uint NoError = 0;
    public const uint Viewport = 0x0BA2;
    public const uint DrawFramebufferBinding = 0x8CA6;
    public const uint Framebuffer = 0x8D40;
    public const uint BackLeft = 0x0402;
    public const uint FramebufferAttachmentColorEncoding = 0x8210;
    public const uint Srgb = 0x8C40;

    /// <summary>The symbolic name of a glGetError code, for messages.</summary>
    public static string ErrorName(uint code) => code switch
    {
        0x0500 => "GL_INVALID_ENUM",
        0x0501 => "GL_INVALID_VALUE",
        0x0502 => "GL_INVALID_OPERATION",
        0x0505 => "GL_OUT_OF_MEMORY",
        0x0506 => "GL_INVALID_FRAMEBUFFER_OPERATION",
        _ => $"0x{code:X4}",
    };
}
