using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Metaverse.ClientXr.Platform.Gl;
using Metaverse.ClientXr.Platform.Glfw;
using Metaverse.ClientXr.Rendering.Gl;
using Metaverse.ClientXr.Rendering.Text;

namespace Metaverse.ClientXr.Tests.Rendering.Gl;

/// <summary>
/// Runs GL test bodies one at a time on a single dedicated thread (GLFW and GL contexts are single-threaded, xunit runs
/// test classes in parallel). Without a display the tests fail, saying how to run them.
/// </summary>
internal static class GlTestHost
{
    public const int Width = 320;
    public const int Height = 240;

    private static readonly BlockingCollection<Action> Work = [];
    private static readonly Lazy<GlyphAtlas> SharedAtlas = new(() => GlyphAtlas.Build().ValueOrThrow());
    private static readonly Lazy<Thread> Worker = new(StartWorker);
    private static bool _holding;

    public static GlyphAtlas Atlas => SharedAtlas.Value;

    /// <summary>
    /// Runs <paramref name="body"/> on the GL thread with GLFW terminated (for init failure tests). Otherwise the host keeps
    /// GLFW initialised for the whole run: one X connection, so the X server never resets between tests.
    /// </summary>
    public static void RunWithoutGlfw(Action body) => RunOnGlThread(() =>
    {
        if (_holding)
        {
            GlfwRuntime.Release();
            _holding = false;
        }

        try
        {
            body();
        }
        finally
        {
            HoldGlfw();
        }
    });

    /// <summary>Runs <paramref name="body"/> on the GL thread.</summary>
    public static void RunOnGlThread(Action body)
    {
        RequireDisplay();
        _ = Worker.Value;
        ExceptionDispatchInfo? failure = null;
        using var done = new ManualResetEventSlim();
        Work.Add(() =>
        {
            try
            {
                body();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                done.Set();
            }
        });
        done.Wait();
        failure?.Throw();
    }

    /// <summary>Runs <paramref name="body"/> with a hidden 320×240 window, its GL functions and a renderer (linear output).</summary>
    public static void Run(Action<DesktopWindow, GlApi, GlRenderer> body, GlRendererOptions? options = null) => RunOnGlThread(() =>
    {
        var created = DesktopWindow.Create(new DesktopWindowOptions("gl test", Width, Height) { Visible = false, SwapInterval = 0, SrgbCapable = false });
        using var window = created.ValueOrThrow();
        var gl = GlApi.Load(DesktopWindow.GetProcAddress);
        using var renderer = new GlRenderer(gl, Atlas, options ?? new GlRendererOptions { SrgbFramebuffer = false });
        body(window, gl, renderer);
    });

    private static void RequireDisplay()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")))
        {
            Assert.Fail("GL tests need an X display: run the tests under xvfb-run -a -s \"-screen 0 1280x720x24\" (Debian package xvfb)");
        }
    }

    /// <summary>Keeps GLFW initialised; when that fails, each test's window creation reports the error itself.</summary>
    private static void HoldGlfw() => _holding = GlfwRuntime.Acquire() is null;

    private static Thread StartWorker()
    {
        Work.Add(HoldGlfw);
        var thread = new Thread(() =>
        {
            foreach (var item in Work.GetConsumingEnumerable())
            {
                item();
            }
        })
        {
            IsBackground = true,
            Name = "GL tests",
        };
        thread.Start();
        return thread;
    }
}
