using System.Diagnostics;
using Metaverse.Client;
using Metaverse.ClientXr.Desktop;
using Metaverse.ClientXr.Platform.Glfw;
using Metaverse.ClientXr.Platform.OpenXr;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Rendering.Gl;

namespace Metaverse.ClientXr.Xr;

/// <summary>
/// The headset frame loop. Per iteration: window events and network, xrPollEvent (lifecycle), and while the session runs:
/// xrWaitFrame, xrBeginFrame, xrLocateViews, xrSyncActions + controller states, the world into one draw list, each eye
/// rendered into its acquired swapchain image (left eye blitted into the window as the mirror), xrEndFrame with one
/// projection layer (none when the runtime says not to render). While no session runs the window shows a waiting line.
/// </summary>
internal sealed class XrFrameLoop(DesktopWindow window, GlRenderer renderer, XrGlFramebuffers fbo, XrHeadset headset, SessionClient session, XrApp app, int maxFrames)
{
    /// <summary>With a LOCAL space the tracking origin is at the head: the floor is taken to be this far below (metres).</summary>
    public const float LocalEyeHeight = 1.6f;
    private const int IdleSleepMilliseconds = 10;

    private readonly DrawList _list = new();
    private readonly XrView[] _views = new XrView[2];
    private readonly XrHandState[] _hands = new XrHandState[2];
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _last = Stopwatch.GetTimestamp();
    private long _format = -1;
    private XrPose _headLocal = XrPose.Identity;
    private int _frames;
    private readonly Desktop.FrameTimes _times = new();

    public XrRunResult Run(CancellationToken cancellationToken)
    {
        while (!window.ShouldClose && !cancellationToken.IsCancellationRequested)
        {
            window.PollEvents();
            session.Poll();
            if (session.Failure is not null || session.State == SessionState.Disconnected)
            {
                Console.Error.WriteLine($"error: the session ended: {session.Failure ?? session.DisconnectInfo?.ToString() ?? "disconnected"}");
                return new XrRunResult(DesktopRun.SessionFailed, null);
            }

            var now = Stopwatch.GetElapsedTime(_started).TotalSeconds;
            try
            {
                headset.PollEvents(now);
                if (headset.Lifecycle.ExitRequested)
                {
                    XrRun.Log($"the runtime ended the session after {_frames} frames");
                    return new XrRunResult(0, null);
                }

                if (!headset.Running)
                {
                    if (_frames == 0 && (headset.Lifecycle.SessionLost || now > XrRun.StartTimeoutSeconds))
                    {
                        return XrRunResult.Fallback($"the OpenXR session did not start (state {headset.Lifecycle.State.ToString().ToUpperInvariant()} after {now:0.0} s)");
                    }

                    Idle();
                    continue;
                }

                if (Frame() && ++_frames >= maxFrames && maxFrames > 0)
                {
                    XrRun.Log($"submitted {_frames} frames; stopping (--xr-frames)");
                    XrRun.Log($"{_times.Summary(app.World.Scene.ToString().ToLowerInvariant(), app.World.AvatarsDrawn)} (stereo frames: both eyes and the mirror)");
                    return new XrRunResult(0, null);
                }
            }
            catch (OpenXrException e)
            {
                if (_frames == 0)
                {
                    return XrRunResult.Fallback(e.Message);
                }

                if (!headset.HandleLoss(e, now))
                {
                    Console.Error.WriteLine($"error: OpenXR failed: {e.Message}");
                    return new XrRunResult(XrRun.XrFailed, null);
                }

                XrRun.Log($"{e.Message}: the headset was lost; retrying every {XrSessionLifecycle.RetryInterval:0} s");
            }
        }

        return new XrRunResult(0, null);
    }

    /// <summary>One headset frame; true when it was submitted with xrEndFrame.</summary>
    private bool Frame()
    {
        var xr = headset.Session!;
        UseFormat(xr.Format);
        var state = xr.WaitFrame();
        xr.BeginFrame();
        var time = state.PredictedDisplayTime;
        var located = xr.LocateViews(time, _views);
        headset.Actions!.Read(xr.Handle, xr.Space, time, _hands);
        if (located)
        {
            _headLocal = EyeMath.Head(_views[0], _views[1]);
        }

        _list.Clear();
        var seconds = Seconds();
        var pulses = app.Frame(_headLocal, _hands, seconds, _list);
        for (var hand = 0; hand < 2; hand++)
        {
            if ((pulses & (hand + 1)) != 0)
            {
                headset.Actions.Pulse(xr.Handle, hand);
            }
        }

        if (state.ShouldRender == 0 || !located)
        {
            xr.EndFrame(time, headset.BlendMode, []);
            return true;
        }

        renderer.BeginFrame();
        for (var eye = 0; eye < 2; eye++)
        {
            var swapchain = xr.Eyes[eye];
            swapchain.Acquire();
            renderer.Clear(app.Sky);
            renderer.Render(_list, EyeMath.View(app.Space, _views[eye], swapchain.Width, swapchain.Height));
            if (eye == 0)
            {
                Mirror(swapchain);
            }

            swapchain.Release();
        }

        fbo.BindFramebuffer(XrGlFramebuffers.Framebuffer, 0);
        xr.EndFrame(time, headset.BlendMode, _views);
        window.SwapBuffers();
        _times.Add(seconds * 1000.0, renderer.Stats.DrawCalls, renderer.Stats.Triangles);
        return true;
    }

    /// <summary>Blits the left eye's image (bound as the framebuffer) into the window, scaled to fit its width.</summary>
    private void Mirror(XrEyeSwapchain left)
    {
        var (width, height) = window.FramebufferSize;
        renderer.Gl.Disable(Platform.Gl.GlConstants.FramebufferSrgb);
        fbo.BindFramebuffer(XrGlFramebuffers.ReadFramebuffer, left.CurrentFramebuffer);
        fbo.BindFramebuffer(XrGlFramebuffers.DrawFramebuffer, 0);
        var scaledHeight = (int)((long)left.Height * width / Math.Max(1, left.Width));
        var y = (height - scaledHeight) / 2;
        fbo.BlitFramebuffer(0, 0, left.Width, left.Height, 0, y, width, y + scaledHeight, XrGlFramebuffers.ColorBufferBit, XrGlFramebuffers.Linear);
        fbo.BindFramebuffer(XrGlFramebuffers.Framebuffer, left.CurrentFramebuffer);
    }

    /// <summary>No running session: a waiting line in the window, and a short sleep (no xrWaitFrame paces the loop).</summary>
    private void Idle()
    {
        _ = Seconds();
        var (width, height) = window.FramebufferSize;
        _list.Clear();
        _list.ScreenText($"waiting for the headset (OpenXR session {headset.Lifecycle.State.ToString().ToUpperInvariant()})", new System.Numerics.Vector2(8, 6), 18f, new Rgba(0.05f, 0.07f, 0.12f));
        renderer.BeginFrame();
        renderer.Clear(app.Sky);
        renderer.RenderOverlay(_list, Math.Max(1, width), Math.Max(1, height));
        window.SwapBuffers();
        Thread.Sleep(IdleSleepMilliseconds);
    }

    /// <summary>sRGB swapchains get sRGB encoding on write; GL_RGBA8 images get the linear values as they are.</summary>
    private void UseFormat(long format)
    {
        if (format != _format)
        {
            _format = format;
            renderer.Options = renderer.Options with { SrgbFramebuffer = XrSwapchainFormat.IsSrgb(format) };
        }
    }

    private float Seconds()
    {
        var now = Stopwatch.GetTimestamp();
        var seconds = (float)Stopwatch.GetElapsedTime(_last, now).TotalSeconds;
        _last = now;
        return seconds;
    }
}
