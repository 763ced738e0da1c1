using System.Numerics;
using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.Glfw;

/// <summary>
/// A GLFW window with a current OpenGL 3.3 core context and per-frame input. Threading: create, use and
/// dispose it on one thread (GLFW and the context are bound to it). Lifecycle: <see cref="Create"/> makes the
/// context current; each frame call <see cref="PollEvents"/>, render, <see cref="SwapBuffers"/>; <see cref="Dispose"/>
/// destroys the window (and terminates GLFW when it was the last one).
/// </summary>
public sealed unsafe class DesktopWindow : IDisposable
{
    private nint _handle;
    private GCHandle _self;
    private bool _polled;

    private DesktopWindow(nint handle)
    {
        _handle = handle;
        _self = GCHandle.Alloc(this, GCHandleType.Normal);
        GlfwNative.glfwSetWindowUserPointer(handle, GCHandle.ToIntPtr(_self));
        GlfwNative.glfwSetKeyCallback(handle, &GlfwInputCallbacks.OnKey);
        GlfwNative.glfwSetMouseButtonCallback(handle, &GlfwInputCallbacks.OnMouseButton);
        GlfwNative.glfwSetScrollCallback(handle, &GlfwInputCallbacks.OnScroll);
        GlfwNative.glfwSetCharCallback(handle, &GlfwInputCallbacks.OnChar);
    }

    /// <summary>This frame's input, updated by <see cref="PollEvents"/>.</summary>
    public InputState Input { get; } = new();

    /// <summary>Window size in screen coordinates (equals pixels on X11 without scaling).</summary>
    public (int Width, int Height) Size
    {
        get
        {
            GlfwNative.glfwGetWindowSize(Handle, out var width, out var height);
            return (width, height);
        }
    }

    /// <summary>Size of the default framebuffer in pixels (use for viewports and <c>FrameCapture</c>).</summary>
    public (int Width, int Height) FramebufferSize
    {
        get
        {
            GlfwNative.glfwGetFramebufferSize(Handle, out var width, out var height);
            return (width, height);
        }
    }

    public bool ShouldClose => GlfwNative.glfwWindowShouldClose(Handle) != GlfwConstants.False;

    /// <summary>Seconds since GLFW was initialised (monotonic).</summary>
    public static double Time => GlfwNative.glfwGetTime();

    internal nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(DesktopWindow));

    /// <summary>Opens the window and makes its context current on the calling thread; an error when GLFW or a display is missing.</summary>
    public static PlatformResult<DesktopWindow> Create(DesktopWindowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Height, 1);
        var initError = GlfwRuntime.Acquire();
        if (initError is not null)
        {
            return new PlatformResult<DesktopWindow>(initError);
        }

        SetHints(options);
        var handle = GlfwNative.glfwCreateWindow(options.Width, options.Height, options.Title, 0, 0);
        if (handle == 0)
        {
            var reason = GlfwRuntime.LastError ?? "unknown reason";
            GlfwRuntime.Release();
            return new PlatformResult<DesktopWindow>(new PlatformError(
                $"cannot create an OpenGL 3.3 core window: {reason}; the Mesa drivers come with the Debian package libgl1-mesa-dri", "libgl1-mesa-dri"));
        }

        GlfwNative.glfwMakeContextCurrent(handle);
        GlfwNative.glfwSwapInterval(options.SwapInterval);
        return new PlatformResult<DesktopWindow>(new DesktopWindow(handle));
    }

    /// <summary>Processes pending window events and refreshes <see cref="Input"/> for this frame.</summary>
    public void PollEvents()
    {
        Input.BeginPoll();
        GlfwNative.glfwPollEvents();
        GlfwNative.glfwGetCursorPos(Handle, out var x, out var y);
        Input.EndPoll(new Vector2((float)x, (float)y), first: !_polled);
        _polled = true;
    }

    public void SwapBuffers() => GlfwNative.glfwSwapBuffers(Handle);

    public void MakeContextCurrent() => GlfwNative.glfwMakeContextCurrent(Handle);

    public void RequestClose() => GlfwNative.glfwSetWindowShouldClose(Handle, GlfwConstants.True);

    public void SetTitle(string title) => GlfwNative.glfwSetWindowTitle(Handle, title);

    public void SetCursorMode(CursorMode mode) => GlfwNative.glfwSetInputMode(Handle, GlfwConstants.Cursor, mode switch
    {
        CursorMode.Normal => GlfwConstants.CursorNormal,
        CursorMode.Hidden => GlfwConstants.CursorHidden,
        CursorMode.Disabled => GlfwConstants.CursorDisabled,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    });

    /// <summary>The address of an OpenGL function in this window's context (0 when missing); the context must be current.</summary>
    public static nint GetProcAddress(string name) => GlfwNative.glfwGetProcAddress(name);

    /// <summary>The native X11/GLX handles of this window, for an OpenXR Xlib graphics binding.</summary>
    public (nint Display, nuint Window, nint GlxContext) X11Handles =>
        (GlfwNative.glfwGetX11Display(), GlfwNative.glfwGetX11Window(Handle), GlfwNative.glfwGetGLXContext(Handle));

    public void Dispose()
    {
        if (_handle == 0)
        {
            return;
        }

        GlfwRuntime.EnsureOwnerThread();
        GlfwNative.glfwMakeContextCurrent(0);
        GlfwNative.glfwDestroyWindow(_handle);
        _handle = 0;
        _self.Free();
        GlfwRuntime.Release();
    }

    internal static DesktopWindow? FromHandle(nint window)
    {
        var pointer = GlfwNative.glfwGetWindowUserPointer(window);
        return pointer == 0 ? null : GCHandle.FromIntPtr(pointer).Target as DesktopWindow;
    }

    private static void SetHints(DesktopWindowOptions options)
    {
        GlfwNative.glfwDefaultWindowHints();
        GlfwNative.glfwWindowHint(GlfwConstants.ContextVersionMajor, 3);
        GlfwNative.glfwWindowHint(GlfwConstants.ContextVersionMinor, 3);
        GlfwNative.glfwWindowHint(GlfwConstants.OpenGlProfile, GlfwConstants.OpenGlCoreProfile);
        GlfwNative.glfwWindowHint(GlfwConstants.OpenGlForwardCompat, GlfwConstants.True);
        GlfwNative.glfwWindowHint(GlfwConstants.DepthBits, 24);
        GlfwNative.glfwWindowHint(GlfwConstants.Samples, options.Samples);
        GlfwNative.glfwWindowHint(GlfwConstants.SrgbCapable, options.SrgbCapable ? GlfwConstants.True : GlfwConstants.False);
        GlfwNative.glfwWindowHint(GlfwConstants.Visible, options.Visible ? GlfwConstants.True : GlfwConstants.False);
    }
}
