using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// The few GLX/Xlib calls needed to fill <see cref="XrGraphicsBindingOpenGLXlibKHR"/> from a GLFW context
/// (<c>libGL.so.1</c>, <c>libX11.so.6</c>; both come with libglfw3's dependencies). Call on the thread whose context is current.
/// </summary>
internal static unsafe partial class GlxNative
{
    public const int FBConfigId = 0x8013;
    public const int Screen = 0x800C;
    public const int VisualId = 0x800B;
    private const string GlLibrary = "libGL.so.1";
    private const string X11Library = "libX11.so.6";

    [LibraryImport(GlLibrary)]
    public static partial nuint glXGetCurrentDrawable();

    [LibraryImport(GlLibrary)]
    public static partial int glXQueryContext(nint display, nint context, int attribute, int* value);

    [LibraryImport(GlLibrary)]
    public static partial nint* glXChooseFBConfig(nint display, int screen, int* attributes, int* count);

    [LibraryImport(GlLibrary)]
    public static partial int glXGetFBConfigAttrib(nint display, nint config, int attribute, int* value);

    [LibraryImport(X11Library)]
    public static partial int XFree(void* data);
}
