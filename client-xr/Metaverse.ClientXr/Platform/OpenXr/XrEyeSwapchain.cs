namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// One eye's swapchain: its GL texture images, one framebuffer object per image sharing a depth renderbuffer.
/// Per frame: <see cref="Acquire"/> (acquire + wait, binds the image's framebuffer), render, <see cref="Release"/>.
/// Create and dispose with the session's GL context current.
/// </summary>
internal sealed unsafe class XrEyeSwapchain : IDisposable
{
    private const long WaitTimeoutNanoseconds = 1_000_000_000;
    private readonly XrGlFramebuffers _fbo;
    private readonly uint[] _textures;
    private readonly uint[] _framebuffers;
    private readonly uint _depth;

    private XrEyeSwapchain(ulong handle, XrGlFramebuffers fbo, uint[] textures, int width, int height)
    {
        Handle = handle;
        _fbo = fbo;
        _textures = textures;
        Width = width;
        Height = height;
        _depth = fbo.GenRenderbuffer();
        fbo.BindRenderbuffer(_depth);
        fbo.RenderbufferStorage(XrGlFramebuffers.DepthComponent24, width, height);
        _framebuffers = new uint[textures.Length];
        for (var i = 0; i < textures.Length; i++)
        {
            _framebuffers[i] = fbo.GenFramebuffer();
            fbo.BindFramebuffer(XrGlFramebuffers.Framebuffer, _framebuffers[i]);
            fbo.FramebufferTexture2D(XrGlFramebuffers.Framebuffer, XrGlFramebuffers.ColorAttachment0, XrGlFramebuffers.Texture2D, textures[i], 0);
            fbo.FramebufferRenderbuffer(XrGlFramebuffers.Framebuffer, XrGlFramebuffers.DepthAttachment, _depth);
            var status = fbo.CheckFramebufferStatus(XrGlFramebuffers.Framebuffer);
            if (status != XrGlFramebuffers.FramebufferComplete)
            {
                throw new OpenXrException($"swapchain image {i} (GL texture {textures[i]}) cannot be rendered into: framebuffer status 0x{status:X}");
            }
        }

        fbo.BindFramebuffer(XrGlFramebuffers.Framebuffer, 0);
    }

    public ulong Handle { get; private set; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The framebuffer of the image acquired last (valid until the next <see cref="Acquire"/>).</summary>
    public uint CurrentFramebuffer { get; private set; }

    /// <summary>xrCreateSwapchain (colour attachment + transfer source, one sample, one mip) and xrEnumerateSwapchainImages.</summary>
    public static XrEyeSwapchain Create(ulong session, XrGlFramebuffers fbo, long format, int width, int height)
    {
        var info = new XrSwapchainCreateInfo
        {
            Type = XrStructureType.SwapchainCreateInfo,
            UsageFlags = XrConstants.SwapchainUsageColorAttachment | XrConstants.SwapchainUsageTransferSrc | XrConstants.SwapchainUsageSampled,
            Format = format,
            SampleCount = 1,
            Width = (uint)width,
            Height = (uint)height,
            FaceCount = 1,
            ArraySize = 1,
            MipCount = 1,
        };
        ulong handle;
        OpenXrException.Check(XrNative.xrCreateSwapchain(session, &info, &handle), "xrCreateSwapchain");
        try
        {
            return new XrEyeSwapchain(handle, fbo, EnumerateImages(handle), width, height);
        }
        catch
        {
            _ = XrNative.xrDestroySwapchain(handle);
            throw;
        }
    }

    /// <summary>xrAcquireSwapchainImage, xrWaitSwapchainImage, then binds that image's framebuffer.</summary>
    public void Acquire()
    {
        var acquire = new XrSwapchainImageAcquireInfo { Type = XrStructureType.SwapchainImageAcquireInfo };
        uint index;
        OpenXrException.Check(XrNative.xrAcquireSwapchainImage(Handle, &acquire, &index), "xrAcquireSwapchainImage");
        var wait = new XrSwapchainImageWaitInfo { Type = XrStructureType.SwapchainImageWaitInfo, Timeout = WaitTimeoutNanoseconds };
        var result = OpenXrException.Check(XrNative.xrWaitSwapchainImage(Handle, &wait), "xrWaitSwapchainImage");
        if (result == XrResult.TimeoutExpired)
        {
            throw new OpenXrException("xrWaitSwapchainImage", result, "the image did not become available within 1 s");
        }

        CurrentFramebuffer = _framebuffers[index];
        _fbo.BindFramebuffer(XrGlFramebuffers.Framebuffer, CurrentFramebuffer);
    }

    /// <summary>xrReleaseSwapchainImage (the image is handed to the compositor).</summary>
    public void Release()
    {
        var release = new XrSwapchainImageAcquireInfo { Type = XrStructureType.SwapchainImageReleaseInfo };
        OpenXrException.Check(XrNative.xrReleaseSwapchainImage(Handle, &release), "xrReleaseSwapchainImage");
    }

    public void Dispose()
    {
        if (Handle == 0)
        {
            return;
        }

        foreach (var framebuffer in _framebuffers)
        {
            _fbo.DeleteFramebuffer(framebuffer);
        }

        _fbo.DeleteRenderbuffer(_depth);
        _ = XrNative.xrDestroySwapchain(Handle);
        Handle = 0;
    }

    private static uint[] EnumerateImages(ulong handle)
    {
        uint count;
        OpenXrException.Check(XrNative.xrEnumerateSwapchainImages(handle, 0, &count, null), "xrEnumerateSwapchainImages");
        var images = new XrSwapchainImageOpenGLKHR[count];
        for (var i = 0; i < images.Length; i++)
        {
            images[i].Type = XrStructureType.SwapchainImageOpenGLKhr;
        }

        fixed (XrSwapchainImageOpenGLKHR* pointer = images)
        {
            OpenXrException.Check(XrNative.xrEnumerateSwapchainImages(handle, count, &count, pointer), "xrEnumerateSwapchainImages");
        }

        return images.Length > 0 ? images.Select(i => i.Image).ToArray() : throw new OpenXrException("xrEnumerateSwapchainImages: the swapchain has no images");
    }
}
