using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>XrFrameWaitInfo (also the layout of XrFrameBeginInfo).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrFrameWaitInfo
{
    public XrStructureType Type;
    public void* Next;
}

/// <summary>XrFrameState: times in nanoseconds of the runtime's clock; <see cref="ShouldRender"/> is an XrBool32.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrFrameState
{
    public XrStructureType Type;
    public void* Next;
    public long PredictedDisplayTime;
    public long PredictedDisplayPeriod;
    public uint ShouldRender;
}

/// <summary>XrViewLocateInfo.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrViewLocateInfo
{
    public XrStructureType Type;
    public void* Next;
    public int ViewConfigurationType;
    public long DisplayTime;
    public ulong Space;
}

/// <summary>XrViewState.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrViewState
{
    public XrStructureType Type;
    public void* Next;
    public ulong ViewStateFlags;
}

/// <summary>XrView: one eye's pose in the located space and its field of view.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrView
{
    public XrStructureType Type;
    public void* Next;
    public XrPosef Pose;
    public XrFovf Fov;
}

/// <summary>XrSwapchainSubImage.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct XrSwapchainSubImage
{
    public ulong Swapchain;
    public XrRect2Di ImageRect;
    public uint ImageArrayIndex;
}

/// <summary>XrCompositionLayerProjectionView.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrCompositionLayerProjectionView
{
    public XrStructureType Type;
    public void* Next;
    public XrPosef Pose;
    public XrFovf Fov;
    public XrSwapchainSubImage SubImage;
}

/// <summary>XrCompositionLayerProjection.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrCompositionLayerProjection
{
    public XrStructureType Type;
    public void* Next;
    public ulong LayerFlags;
    public ulong Space;
    public uint ViewCount;
    public XrCompositionLayerProjectionView* Views;
}

/// <summary>XrFrameEndInfo: <see cref="Layers"/> is an array of pointers to layer structs.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrFrameEndInfo
{
    public XrStructureType Type;
    public void* Next;
    public long DisplayTime;
    public int EnvironmentBlendMode;
    public uint LayerCount;
    public void** Layers;
}
