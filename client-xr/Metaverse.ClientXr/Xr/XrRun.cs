using Metaverse.ClientXr.Desktop;
using Metaverse.ClientXr.Platform.Gl;
using Metaverse.ClientXr.Platform.Glfw;
using Metaverse.ClientXr.Platform.OpenXr;
using Metaverse.ClientXr.Rendering.Gl;
using Metaverse.ClientXr.Rendering.Text;

namespace Metaverse.ClientXr.Xr;

/// <summary>
/// <c>--mode xr</c>: opens the mirror window (its GL context renders the eyes), starts OpenXR (instance, system, session),
/// logs in and joins like the desktop mode, then runs the frame loop until the runtime ends the session (EXITING), the
/// window closes, or <c>--xr-frames</c> frames were submitted. Exit codes: 0 done, 1 the server could not be reached or the
/// session failed, 3 GLFW or the display is missing, 4 OpenXR failed (<see cref="XrRunResult.FallbackReason"/> is set
/// when that happened before the first frame). Everything runs on the calling thread.
/// </summary>
internal static class XrRun
{
    public const int XrFailed = 4;

    /// <summary>Seconds the runtime may take from session creation to the first frame before the attempt counts as failed.</summary>
    public const double StartTimeoutSeconds = 15;

    public static XrRunResult Run(XrOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (XrLoader.Check() is { } missing)
        {
            return XrRunResult.Fallback(missing.Message);
        }

        try
        {
            XrInstance.RequireExtension(XrConstants.OpenGLEnableExtension);
        }
        catch (OpenXrException e)
        {
            return XrRunResult.Fallback(e.Message);
        }

        var desktop = options.Desktop;
        var windowResult = DesktopWindow.Create(new DesktopWindowOptions($"Metaverse (headset mirror) — {desktop.Name}", desktop.Width, desktop.Height) { SwapInterval = 0, Samples = 0 }); // the mirror is blitted into: a multisampled window cannot take a scaled blit
        if (!windowResult.IsSuccess)
        {
            Console.Error.WriteLine($"error: {windowResult.Error.Message}");
            return new XrRunResult(DesktopRun.PlatformMissing, null);
        }

        using var window = windowResult.Value;
        var atlasResult = GlyphAtlas.Build();
        if (!atlasResult.IsSuccess)
        {
            Console.Error.WriteLine($"error: {atlasResult.Error.Message}");
            return new XrRunResult(DesktopRun.PlatformMissing, null);
        }

        using var renderer = new GlRenderer(GlApi.Load(DesktopWindow.GetProcAddress), atlasResult.Value);
        var fbo = new XrGlFramebuffers(DesktopWindow.GetProcAddress);
        XrHeadset headset;
        try
        {
            headset = XrHeadset.Open(() => Binding(window), fbo, renderer.Gl.VersionString, Log);
        }
        catch (OpenXrException e)
        {
            return XrRunResult.Fallback(e.Message);
        }

        using (headset)
        {
            Log($"{headset.Description}; {renderer.Description}");
            using var session = DesktopRun.Connect(desktop, cancellationToken, out var loginError);
            if (session is null)
            {
                Console.Error.WriteLine($"error: {loginError}");
                return new XrRunResult(DesktopRun.SessionFailed, null);
            }

            var floor = headset.Session!.SpaceType == XrReferenceSpaceType.Stage ? 0f : XrFrameLoop.LocalEyeHeight;
            var app = new XrApp(session, renderer.Atlas, desktop.Scene, new Locomotion(options.Turn, options.SnapDegrees), floor);
            var loop = new XrFrameLoop(window, renderer, fbo, headset, session, app, options.Frames);
            return loop.Run(cancellationToken);
        }
    }

    internal static void Log(string line) => Console.Error.WriteLine($"metaverse-client xr: {line}");

    private static XrGraphicsBindingOpenGLXlibKHR Binding(DesktopWindow window)
    {
        var (display, handle, context) = window.X11Handles;
        return XrGlxBinding.Create(display, handle, context);
    }
}
