using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.Glfw;

/// <summary>
/// The GLFW 3.3 functions the client uses (<c>libglfw.so.3</c>, Debian package libglfw3). Except where GLFW says
/// otherwise, call these on one thread (the thread that initialised GLFW).
/// </summary>
internal static unsafe partial class GlfwNative
{
    public const string Library = "libglfw.so.3";
    public const string DebianPackage = "libglfw3";

    [LibraryImport(Library)]
    public static partial int glfwInit();

    [LibraryImport(Library)]
    public static partial void glfwTerminate();

    [LibraryImport(Library)]
    public static partial nint glfwSetErrorCallback(delegate* unmanaged<int, byte*, void> callback);

    [LibraryImport(Library)]
    public static partial void glfwDefaultWindowHints();

    [LibraryImport(Library)]
    public static partial void glfwWindowHint(int hint, int value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint glfwCreateWindow(int width, int height, string title, nint monitor, nint share);

    [LibraryImport(Library)]
    public static partial void glfwDestroyWindow(nint window);

    [LibraryImport(Library)]
    public static partial void glfwMakeContextCurrent(nint window);

    [LibraryImport(Library)]
    public static partial void glfwSwapInterval(int interval);

    [LibraryImport(Library)]
    public static partial void glfwSwapBuffers(nint window);

    [LibraryImport(Library)]
    public static partial void glfwPollEvents();

    [LibraryImport(Library)]
    public static partial int glfwWindowShouldClose(nint window);

    [LibraryImport(Library)]
    public static partial void glfwSetWindowShouldClose(nint window, int value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void glfwSetWindowTitle(nint window, string title);

    [LibraryImport(Library)]
    public static partial void glfwGetWindowSize(nint window, out int width, out int height);

    [LibraryImport(Library)]
    public static partial void glfwGetFramebufferSize(nint window, out int width, out int height);

    [LibraryImport(Library)]
    public static partial void glfwGetCursorPos(nint window, out double x, out double y);

    [LibraryImport(Library)]
    public static partial int glfwGetMouseButton(nint window, int button);

    [LibraryImport(Library)]
    public static partial int glfwGetKey(nint window, int key);

    [LibraryImport(Library)]
    public static partial void glfwSetInputMode(nint window, int mode, int value);

    [LibraryImport(Library)]
    public static partial nint glfwSetCharCallback(nint window, delegate* unmanaged<nint, uint, void> callback);

    [LibraryImport(Library)]
    public static partial nint glfwSetScrollCallback(nint window, delegate* unmanaged<nint, double, double, void> callback);

    [LibraryImport(Library)]
    public static partial nint glfwSetKeyCallback(nint window, delegate* unmanaged<nint, int, int, int, int, void> callback);

    [LibraryImport(Library)]
    public static partial nint glfwSetMouseButtonCallback(nint window, delegate* unmanaged<nint, int, int, int, void> callback);

    [LibraryImport(Library)]
    public static partial void glfwSetWindowUserPointer(nint window, nint pointer);

    [LibraryImport(Library)]
    public static partial nint glfwGetWindowUserPointer(nint window);

    [LibraryImport(Library)]
    public static partial double glfwGetTime();

    /// <summary>Needs a current context; returns 0 for a function the driver lacks.</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint glfwGetProcAddress(string name);

    /// <summary>The X11 <c>Display*</c> GLFW opened (for OpenXR's XR_KHR_opengl_enable Xlib binding).</summary>
    [LibraryImport(Library)]
    public static partial nint glfwGetX11Display();

    /// <summary>The X11 <c>Window</c> (an XID, unsigned long) of a GLFW window.</summary>
    [LibraryImport(Library)]
    public static partial nuint glfwGetX11Window(nint window);

    /// <summary>The <c>GLXContext</c> of a GLFW window.</summary>
    [LibraryImport(Library)]
    public static partial nint glfwGetGLXContext(nint window);
}
