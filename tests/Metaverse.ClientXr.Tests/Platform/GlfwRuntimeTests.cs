using System.Runtime.InteropServices;
using Metaverse.ClientXr.Platform;
using Metaverse.ClientXr.Platform.Glfw;
using Metaverse.ClientXr.Tests.Rendering.Gl;

namespace Metaverse.ClientXr.Tests.Platform;

public sealed class GlfwRuntimeTests
{
    [Fact]
    public void Init_failure_without_display_variable_tells_to_run_under_xvfb()
    {
        var error = GlfwRuntime.InitFailure(null, null);
        Assert.Contains("xvfb-run", error.Message, StringComparison.Ordinal);
        Assert.Contains("DISPLAY is not set", error.Message, StringComparison.Ordinal);
        Assert.Equal("xvfb", error.DebianPackage);
    }

    [Fact]
    public void Missing_library_error_names_the_debian_package()
    {
        var error = NativeLibraryProbe.Check("libdoes-not-exist.so.9", "libdoes-not-exist9");
        Assert.NotNull(error);
        Assert.Contains("libdoes-not-exist.so.9", error.Message, StringComparison.Ordinal);
        Assert.Equal("libdoes-not-exist9", error.DebianPackage);
        Assert.Null(NativeLibraryProbe.Check("libglfw.so.3", "libglfw3"));
    }

    [Fact]
    public void Window_creation_on_an_unreachable_display_returns_a_platform_error_naming_xvfb()
    {
        // glfwInit reads DISPLAY through libc; .NET's environment is a copy, so set it natively, on the GL thread,
        // while no window exists (GLFW terminated), and restore it before anything else runs there.
        GlTestHost.RunWithoutGlfw(() =>
        {
            var original = Environment.GetEnvironmentVariable("DISPLAY")!;
            Assert.Equal(0, setenv("DISPLAY", ":4242", 1));
            PlatformResult<DesktopWindow> result;
            try
            {
                result = DesktopWindow.Create(new DesktopWindowOptions("unreachable", 64, 64) { Visible = false });
            }
            finally
            {
                Assert.Equal(0, setenv("DISPLAY", original, 1));
            }

            result.Value?.Dispose();
            Assert.False(result.IsSuccess);
            Assert.Contains("xvfb-run", result.Error.Message, StringComparison.Ordinal);
            Assert.Contains(":4242", result.Error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_window_reports_its_framebuffer_size_and_the_x11_handles()
    {
        GlTestHost.Run((window, _, _) =>
        {
            Assert.Equal((GlTestHost.Width, GlTestHost.Height), window.FramebufferSize);
            Assert.False(window.ShouldClose);
            window.PollEvents();
            Assert.Equal(System.Numerics.Vector2.Zero, window.Input.CursorDelta);
            var (display, x11Window, context) = window.X11Handles;
            Assert.NotEqual(0, display);
            Assert.NotEqual(0u, x11Window);
            Assert.NotEqual(0, context);
            window.RequestClose();
            Assert.True(window.ShouldClose);
        });
    }

    // DllImport rather than LibraryImport: the test project does not allow unsafe code, which the generator needs.
    [DllImport("libc", ExactSpelling = true)]
    private static extern int setenv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);
}
