using System.Diagnostics;
using Metaverse.Client;
using Metaverse.ClientXr.Platform;
using Metaverse.ClientXr.Platform.Gl;
using Metaverse.ClientXr.Platform.Glfw;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Rendering.Gl;
using Metaverse.ClientXr.Rendering.Imaging;
using Metaverse.ClientXr.Rendering.Text;

namespace Metaverse.ClientXr.Desktop;

/// <summary>
/// <c>--mode desktop</c>: logs in, opens the window, joins the room and runs the frame loop until the window closes
/// (or, with <c>--screenshot</c>, until the requested frame is saved). Exit codes: 0 done, 1 the server could not be
/// reached or the session failed, 3 a system library or the display is missing (the message names the Debian package).
/// All GLFW and OpenGL calls happen on the calling thread.
/// </summary>
internal static class DesktopRun
{
    public const int SessionFailed = 1;
    public const int PlatformMissing = 3;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(20);

    public static int Run(DesktopOptions options, CancellationToken cancellationToken)
    {
        var windowResult = DesktopWindow.Create(new DesktopWindowOptions($"Metaverse — {options.Name}", options.Width, options.Height)
        {
            SwapInterval = options.Screenshot is null ? 1 : 0,
        });
        if (!windowResult.IsSuccess)
        {
            return Fail(windowResult.Error!);
        }

        using var window = windowResult.Value!;
        var atlasResult = GlyphAtlas.Build();
        if (!atlasResult.IsSuccess)
        {
            return Fail(atlasResult.Error!);
        }

        using var renderer = new GlRenderer(GlApi.Load(DesktopWindow.GetProcAddress), atlasResult.Value!);
        Console.Error.WriteLine($"metaverse-client desktop: {renderer.Description}, {options.Width}×{options.Height}");

        using var session = Connect(options, cancellationToken, out var loginError);
        if (session is null)
        {
            Console.Error.WriteLine($"error: {loginError}");
            return SessionFailed;
        }

        var app = new DesktopApp(session, renderer.Atlas, options);
        return Loop(window, renderer, session, app, options, cancellationToken);
    }

    private static int Loop(DesktopWindow window, GlRenderer renderer, SessionClient session, DesktopApp app, DesktopOptions options, CancellationToken cancellationToken)
    {
        var list = new DrawList();
        var times = new FrameTimes();
        var started = Stopwatch.GetTimestamp();
        var last = started;
        var framesAfterReady = -1;
        while (!window.ShouldClose && !app.QuitRequested && !cancellationToken.IsCancellationRequested)
        {
            window.PollEvents();
            session.Poll();
            if (session.Failure is not null || session.State == SessionState.Disconnected)
            {
                Console.Error.WriteLine($"error: the session ended: {session.Failure ?? session.DisconnectInfo?.ToString() ?? "disconnected"}");
                return SessionFailed;
            }

            var now = Stopwatch.GetTimestamp();
            var seconds = (float)Stopwatch.GetElapsedTime(last, now).TotalSeconds;
            last = now;
            var (width, height) = window.FramebufferSize;
            list.Clear();
            var view = app.Frame(GlfwInputMapping.Read(window.Input), seconds, width, height, list);

            renderer.BeginFrame();
            renderer.Clear(app.Sky);
            renderer.Render(list, view);
            app.DrawOverlay(list, renderer.Stats, times);
            renderer.RenderOverlay(list, width, height);

            if (framesAfterReady < 0 && app.Ready)
            {
                framesAfterReady = 0;
            }
            else if (framesAfterReady < 0 && Stopwatch.GetElapsedTime(started) > ReadyTimeout && options.Screenshot is not null)
            {
                Console.Error.WriteLine($"error: the room's state did not arrive within {ReadyTimeout.TotalSeconds:0} s (joined: {session.State == SessionState.Joined})");
                return SessionFailed;
            }

            if (framesAfterReady >= 0 && ++framesAfterReady >= options.AfterFrames && options.Screenshot is { } path)
            {
                Save(FrameCapture.ReadPixels(renderer.Gl, width, height), path);
                Report(times, app, options);
                return 0;
            }

            window.SwapBuffers();
            if (framesAfterReady > 0)
            {
                times.Add(seconds * 1000.0, renderer.Stats.DrawCalls, renderer.Stats.Triangles);
            }
        }

        Report(times, app, options);
        return 0;
    }

    internal static SessionClient? Connect(DesktopOptions options, CancellationToken cancellationToken, out string? error)
    {
        error = null;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var login = new LoginClient(http, options.Api).LoginAsync(options.Name, options.Role, cancellationToken).GetAwaiter().GetResult();
            var refresher = new SessionRefresher(ct => LoginClient.SignInAsync(options.Api, options.Name, options.Role, ct), login.ExpiresUtc, TimeProvider.System);
            return new SessionClient(options.Name, options.Server, login.Credentials, new SessionClientOptions { Refresher = refresher });
        }
        catch (Exception e) when (e is LoginException or HttpRequestException or TaskCanceledException)
        {
            error = $"cannot log in at {options.Api} as '{options.Name}' ({options.Role}): {e.Message}";
            return null;
        }
    }

    private static void Save(RgbaImage image, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        PngWriter.WriteFile(image, path);
        Console.Error.WriteLine($"saved {image.Width}×{image.Height} screenshot to {path}");
    }

    private static void Report(FrameTimes times, DesktopApp app, DesktopOptions options)
    {
        Console.Error.WriteLine(times.Summary(app.SceneName, app.AvatarsDrawn));
        if (options.Json)
        {
            Console.Out.WriteLine(times.Json(app.SceneName, app.AvatarsDrawn));
        }
    }

    private static int Fail(PlatformError error)
    {
        Console.Error.WriteLine($"error: {error.Message}");
        return PlatformMissing;
    }
}
