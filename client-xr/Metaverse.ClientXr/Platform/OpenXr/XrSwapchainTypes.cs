using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>XrViewConfigurationView: recommended and maximum image size and sample count of one view.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrViewConfigurationView
{
    public XrStructureType Type;
    public void* Next;
    public uint RecommendedImageRectWidth;
    public uint MaxImageRectWidth;
    public uint RecommendedImageRectHeight;
    public uint MaxImageRectHeight;
    public uint RecommendedSwapchainSampleCount;
    public uint MaxSwapchainSampleCount;
}

/// <summary>XrSwapchainCreateInfo; <see cref="Format"/> is an OpenGL internal format for XR_KHR_opengl_enable.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSwapchainCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public ulong CreateFlags;
    public ulong UsageFlags;
    public long Format;
    public uint SampleCount;
    public uint Width;
    public uint Height;
    public uint FaceCount;
    public uint ArraySize;
    public uint MipCount;
}

/// <summary>XrSwapchainImageOpenGLKHR: the GL texture name of one swapchain image.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSwapchainImageOpenGLKHR
{
    public XrStructureType Type;
    public void* Next;
    public uint Image;
}

/// <summary>XrSwapchainImageAcquireInfo (also the layout of XrSwapchainImageReleaseInfo).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSwapchainImageAcquireInfo
{
    public XrStructureType Type;
    public void* Next;
}

/// <summary>XrSwapchainImageWaitInfo: <see cref="Timeout"/> in nanoseconds.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSwapchainImageWaitInfo
{
    public XrStructureType Type;
    public void* Next;
    public long Timeout;
}
