using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// XrGraphicsBindingOpenGLXlibKHR: the X display (<c>Display*</c>), the visual id and <c>GLXFBConfig</c> of the context,
/// the GLX drawable it is current on, and the <c>GLXContext</c>.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrGraphicsBindingOpenGLXlibKHR
{
    public XrStructureType Type;
    public void* Next;
    public nint XDisplay;
    public uint VisualId;
    public nint GlxFBConfig;
    public nuint GlxDrawable;
    public nint GlxContext;
}

/// <summary>XrSessionCreateInfo; <see cref="Next"/> points at the graphics binding.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSessionCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public ulong CreateFlags;
    public ulong SystemId;
}

/// <summary>XrSessionBeginInfo.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSessionBeginInfo
{
    public XrStructureType Type;
    public void* Next;
    public int PrimaryViewConfigurationType;
}

/// <summary>XrReferenceSpaceCreateInfo.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrReferenceSpaceCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public XrReferenceSpaceType ReferenceSpaceType;
    public XrPosef PoseInReferenceSpace;
}

/// <summary>XrSpaceLocation: a located pose with validity flags.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSpaceLocation
{
    public XrStructureType Type;
    public void* Next;
    public ulong LocationFlags;
    public XrPosef Pose;
}
