using Metaverse.ClientXr.Platform.Gl;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// The OpenGL 3.3 framebuffer-object functions the headset mode needs on top of <see cref="GlApi"/> (render into swapchain
/// textures, mirror into the window). Load after the context is current; use on that thread only.
/// </summary>
internal sealed unsafe class XrGlFramebuffers
{
    public const uint Framebuffer = 0x8D40;
    public const uint ReadFramebuffer = 0x8CA8;
    public const uint DrawFramebuffer = 0x8CA9;
    public const uint ColorAttachment0 = 0x8CE0;
    public const uint DepthAttachment = 0x8D00;
    public const uint Renderbuffer = 0x8D41;
    public const uint DepthComponent24 = 0x81A6;
    public const uint FramebufferComplete = 0x8CD5;
    public const uint Texture2D = 0x0DE1;
    public const uint ColorBufferBit = 0x4000;
    public const uint Linear = 0x2601;

    private readonly delegate* unmanaged<int, uint*, void> _genFramebuffers;
    private readonly delegate* unmanaged<int, uint*, void> _deleteFramebuffers;
    private readonly delegate* unmanaged<uint, uint, void> _bindFramebuffer;
    private readonly delegate* unmanaged<uint, uint, uint, uint, int, void> _framebufferTexture2D;
    private readonly delegate* unmanaged<uint, uint> _checkFramebufferStatus;
    private readonly delegate* unmanaged<int, uint*, void> _genRenderbuffers;
    private readonly delegate* unmanaged<int, uint*, void> _deleteRenderbuffers;
    private readonly delegate* unmanaged<uint, uint, void> _bindRenderbuffer;
    private readonly delegate* unmanaged<uint, uint, int, int, void> _renderbufferStorage;
    private readonly delegate* unmanaged<uint, uint, uint, uint, void> _framebufferRenderbuffer;
    private readonly delegate* unmanaged<int, int, int, int, int, int, int, int, uint, uint, void> _blitFramebuffer;

    public XrGlFramebuffers(Func<string, nint> getProcAddress)
    {
        ArgumentNullException.ThrowIfNull(getProcAddress);
        _genFramebuffers = (delegate* unmanaged<int, uint*, void>)Load(getProcAddress, "glGenFramebuffers");
        _deleteFramebuffers = (delegate* unmanaged<int, uint*, void>)Load(getProcAddress, "glDeleteFramebuffers");
        _bindFramebuffer = (delegate* unmanaged<uint, uint, void>)Load(getProcAddress, "glBindFramebuffer");
        _framebufferTexture2D = (delegate* unmanaged<uint, uint, uint, uint, int, void>)Load(getProcAddress, "glFramebufferTexture2D");
        _checkFramebufferStatus = (delegate* unmanaged<uint, uint>)Load(getProcAddress, "glCheckFramebufferStatus");
        _genRenderbuffers = (delegate* unmanaged<int, uint*, void>)Load(getProcAddress, "glGenRenderbuffers");
        _deleteRenderbuffers = (delegate* unmanaged<int, uint*, void>)Load(getProcAddress, "glDeleteRenderbuffers");
        _bindRenderbuffer = (delegate* unmanaged<uint, uint, void>)Load(getProcAddress, "glBindRenderbuffer");
        _renderbufferStorage = (delegate* unmanaged<uint, uint, int, int, void>)Load(getProcAddress, "glRenderbufferStorage");
        _framebufferRenderbuffer = (delegate* unmanaged<uint, uint, uint, uint, void>)Load(getProcAddress, "glFramebufferRenderbuffer");
        _blitFramebuffer = (delegate* unmanaged<int, int, int, int, int, int, int, int, uint, uint, void>)Load(getProcAddress, "glBlitFramebuffer");
    }

    public uint GenFramebuffer()
    {
        uint name;
        _genFramebuffers(1, &name);
        return name;
    }

    public void DeleteFramebuffer(uint name) => _deleteFramebuffers(1, &name);

    public void BindFramebuffer(uint target, uint name) => _bindFramebuffer(target, name);

    public void FramebufferTexture2D(uint target, uint attachment, uint textureTarget, uint texture, int level) => _framebufferTexture2D(target, attachment, textureTarget, texture, level);

    public uint CheckFramebufferStatus(uint target) => _checkFramebufferStatus(target);

    public uint GenRenderbuffer()
    {
        uint name;
        _genRenderbuffers(1, &name);
        return name;
    }

    public void DeleteRenderbuffer(uint name) => _deleteRenderbuffers(1, &name);

    public void BindRenderbuffer(uint name) => _bindRenderbuffer(Renderbuffer, name);

    public void RenderbufferStorage(uint internalFormat, int width, int height) => _renderbufferStorage(Renderbuffer, internalFormat, width, height);

    public void FramebufferRenderbuffer(uint target, uint attachment, uint renderbuffer) => _framebufferRenderbuffer(target, attachment, Renderbuffer, renderbuffer);

    public void BlitFramebuffer(int srcX0, int srcY0, int srcX1, int srcY1, int dstX0, int dstY0, int dstX1, int dstY1, uint mask, uint filter) =>
        _blitFramebuffer(srcX0, srcY0, srcX1, srcY1, dstX0, dstY0, dstX1, dstY1, mask, filter);

    private static nint Load(Func<string, nint> getProcAddress, string name)
    {
        var address = getProcAddress(name);
        return address != 0 ? address : throw new InvalidOperationException($"the OpenGL driver has no {name}: an OpenGL 3.3 core context must be current");
    }
}
