using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.Glfw;

/// <summary>
/// GLFW's process-wide initialisation, reference-counted by the open windows: the first
/// <see cref="Acquire"/> calls glfwInit, the last <see cref="Release"/> calls glfwTerminate. GLFW is not
/// thread-safe: while initialised, every call must come from the thread that acquired it.
/// </summary>
internal static unsafe class GlfwRuntime
{
    private const int InitAttempts = 4;
    private static readonly TimeSpan InitRetryDelay = TimeSpan.FromMilliseconds(150);
    private static readonly Lock Gate = new();
    private static int _users;
    private static int _ownerThread;
    private static string? _lastError;

    /// <summary>The description GLFW last reported through its error callback, or null.</summary>
    public static string? LastError => Volatile.Read(ref _lastError);

    public static PlatformError? Acquire()
    {
        lock (Gate)
        {
            if (_users > 0)
            {
                EnsureOwnerThread();
                _users++;
                return null;
            }

            var missing = NativeLibraryProbe.Check(GlfwNative.Library, GlfwNative.DebianPackage);
            if (missing is not null)
            {
                return missing;
            }

            GlfwNative.glfwSetErrorCallback(&OnError);
            if (!TryInit())
            {
                return InitFailure(Environment.GetEnvironmentVariable("DISPLAY"), _lastError);
            }

            _users = 1;
            _ownerThread = Environment.CurrentManagedThreadId;
            return null;
        }
    }

    public static void Release()
    {
        lock (Gate)
        {
            if (_users == 0)
            {
                throw new InvalidOperationException("GLFW released more often than acquired");
            }

            EnsureOwnerThread();
            if (--_users == 0)
            {
                GlfwNative.glfwTerminate();
            }
        }
    }

    /// <summary>
    /// glfwInit, tried a few times: an X server (Xvfb included) resets when its last client disconnects and refuses
    /// connections for a moment, so a window opened right after another closed can fail once.
    /// </summary>
    private static bool TryInit()
    {
        for (var attempt = 1; ; attempt++)
        {
            _lastError = null;
            if (GlfwNative.glfwInit() != GlfwConstants.False)
            {
                return true;
            }

            if (attempt == InitAttempts)
            {
                return false;
            }

            Thread.Sleep(InitRetryDelay);
        }
    }

    /// <summary>Throws when called off the thread that initialised GLFW (a programming error).</summary>
    public static void EnsureOwnerThread()
    {
        if (_users > 0 && _ownerThread != Environment.CurrentManagedThreadId)
        {
            throw new InvalidOperationException($"GLFW is used from thread {Environment.CurrentManagedThreadId} but was initialised on thread {_ownerThread}; keep all window and GL calls on one thread");
        }
    }

    /// <summary>The error for a failed glfwInit: on X11 that almost always means no display to connect to.</summary>
    public static PlatformError InitFailure(string? displayVariable, string? glfwError)
    {
        var detail = string.IsNullOrEmpty(displayVariable)
            ? "DISPLAY is not set"
            : $"cannot open display '{displayVariable}'";
        return PlatformError.NoDisplay(glfwError is null ? detail : $"{detail}; GLFW: {glfwError}");
    }

    [UnmanagedCallersOnly]
    private static void OnError(int code, byte* description)
    {
        var text = Marshal.PtrToStringUTF8((nint)description) ?? "(no description)";
        Volatile.Write(ref _lastError, $"0x{code:X5} {text}");
    }
}
