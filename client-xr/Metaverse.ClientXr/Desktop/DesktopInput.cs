using System.Numerics;

namespace Metaverse.ClientXr.Desktop;

/// <summary>
/// One frame of mouse and keyboard input, independent of the window library so the desktop logic can be driven
/// by tests. Cursor in pixels from the window's top-left; <see cref="Scroll"/> in wheel notches (positive = up).
/// </summary>
public readonly record struct DesktopInput(
    Vector2 Cursor,
    Vector2 CursorDelta,
    bool LeftDown,
    bool LeftPressed,
    bool LeftReleased,
    bool RightDown,
    float Scroll,
    DesktopKeys KeysDown,
    DesktopKeys KeysPressed,
    string Typed)
{
    public static DesktopInput Idle(Vector2 cursor) => new(cursor, Vector2.Zero, false, false, false, false, 0, DesktopKeys.None, DesktopKeys.None, string.Empty);

    public CameraInput Camera(bool keyboardTaken) => keyboardTaken
        ? new CameraInput(RightDown, CursorDelta, 0, 0, 0, false)
        : new CameraInput(
            RightDown,
            CursorDelta,
            Axis(DesktopKeys.W, DesktopKeys.S),
            Axis(DesktopKeys.D, DesktopKeys.A),
            Axis(DesktopKeys.E, DesktopKeys.Q),
            KeysDown.HasFlag(DesktopKeys.Shift));

    private float Axis(DesktopKeys positive, DesktopKeys negative) =>
        (KeysDown.HasFlag(positive) ? 1f : 0f) - (KeysDown.HasFlag(negative) ? 1f : 0f);
}

/// <summary>The keys the desktop mode reads.</summary>
[Flags]
public enum DesktopKeys
{
    None = 0,
    W = 1 << 0,
    A = 1 << 1,
    S = 1 << 2,
    D = 1 << 3,
    Q = 1 << 4,
    E = 1 << 5,
    Shift = 1 << 6,
    Tab = 1 << 7,
    Escape = 1 << 8,
    Enter = 1 << 9,
    Backspace = 1 << 10,
    F3 = 1 << 11,
}
