using Metaverse.ClientXr.Platform.Glfw;

namespace Metaverse.ClientXr.Desktop;

/// <summary>Reads GLFW's per-frame <see cref="InputState"/> into the library-independent <see cref="DesktopInput"/>.</summary>
internal static class GlfwInputMapping
{
    private static readonly (Key Key, DesktopKeys Flag)[] Keys =
    [
        (Key.W, DesktopKeys.W), (Key.A, DesktopKeys.A), (Key.S, DesktopKeys.S), (Key.D, DesktopKeys.D),
        (Key.Q, DesktopKeys.Q), (Key.E, DesktopKeys.E), (Key.LeftShift, DesktopKeys.Shift), (Key.RightShift, DesktopKeys.Shift),
        (Key.Tab, DesktopKeys.Tab), (Key.Escape, DesktopKeys.Escape), (Key.Enter, DesktopKeys.Enter),
        (Key.Backspace, DesktopKeys.Backspace), (Key.F3, DesktopKeys.F3),
    ];

    public static DesktopInput Read(InputState input)
    {
        var down = DesktopKeys.None;
        var pressed = DesktopKeys.None;
        foreach (var (key, flag) in Keys)
        {
            down |= input.IsDown(key) ? flag : DesktopKeys.None;
            pressed |= input.WasPressed(key) ? flag : DesktopKeys.None;
        }

        return new DesktopInput(
            input.CursorPosition,
            input.CursorDelta,
            input.IsDown(MouseButton.Left),
            input.WasPressed(MouseButton.Left),
            input.WasReleased(MouseButton.Left),
            input.IsDown(MouseButton.Right),
            input.ScrollDelta.Y,
            down,
            pressed,
            input.TypedText);
    }
}
