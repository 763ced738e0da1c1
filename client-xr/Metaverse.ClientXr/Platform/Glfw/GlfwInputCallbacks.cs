using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.Glfw;

/// <summary>GLFW input callbacks (called during glfwPollEvents on the window's thread), routed to the window's <see cref="InputState"/>.</summary>
internal static class GlfwInputCallbacks
{
    [UnmanagedCallersOnly]
    public static void OnKey(nint window, int key, int scancode, int action, int mods) =>
        DesktopWindow.FromHandle(window)?.Input.OnKey(key, action);

    [UnmanagedCallersOnly]
    public static void OnMouseButton(nint window, int button, int action, int mods) =>
        DesktopWindow.FromHandle(window)?.Input.OnMouseButton(button, action);

    [UnmanagedCallersOnly]
    public static void OnScroll(nint window, double x, double y) =>
        DesktopWindow.FromHandle(window)?.Input.OnScroll(x, y);

    [UnmanagedCallersOnly]
    public static void OnChar(nint window, uint codepoint) =>
        DesktopWindow.FromHandle(window)?.Input.OnChar(codepoint);
}
