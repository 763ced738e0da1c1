using System.Numerics;
using System.Text;

namespace Metaverse.ClientXr.Platform.Glfw;

/// <summary>
/// The input of one frame, as seen by <see cref="DesktopWindow.PollEvents"/>: cursor (window pixels, origin
/// top-left), buttons and keys held, pressed or released since the previous poll, scroll and typed text.
/// One instance per window, updated in place each poll (no allocation per frame).
/// </summary>
public sealed class InputState
{
    private const int KeyCount = GlfwConstants.KeyLast + 1;
    private const int ButtonCount = GlfwConstants.MouseButtonLast + 1;

    private readonly bool[] _keysDown = new bool[KeyCount];
    private readonly bool[] _keysPressed = new bool[KeyCount];
    private readonly bool[] _buttonsDown = new bool[ButtonCount];
    private readonly bool[] _buttonsPressed = new bool[ButtonCount];
    private readonly bool[] _buttonsReleased = new bool[ButtonCount];
    private readonly StringBuilder _typed = new();
    private string _typedText = string.Empty;

    /// <summary>Cursor position in window pixels (top-left origin); in <see cref="CursorMode.Disabled"/> a virtual, unbounded position.</summary>
    public Vector2 CursorPosition { get; private set; }

    /// <summary>Cursor movement since the previous poll, in pixels (0 on the first poll).</summary>
    public Vector2 CursorDelta { get; private set; }

    /// <summary>Scroll since the previous poll (y: +1 per wheel notch away from the user).</summary>
    public Vector2 ScrollDelta { get; private set; }

    /// <summary>Text typed since the previous poll (Unicode, as the keyboard layout produced it).</summary>
    public string TypedText => _typedText;

    public bool IsDown(MouseButton button) => _buttonsDown[(int)button];

    public bool WasPressed(MouseButton button) => _buttonsPressed[(int)button];

    public bool WasReleased(MouseButton button) => _buttonsReleased[(int)button];

    public bool IsDown(Key key) => _keysDown[(int)key];

    /// <summary>True when the key went down since the previous poll (key repeat not included).</summary>
    public bool WasPressed(Key key) => _keysPressed[(int)key];

    internal void BeginPoll()
    {
        Array.Clear(_keysPressed);
        Array.Clear(_buttonsPressed);
        Array.Clear(_buttonsReleased);
        ScrollDelta = Vector2.Zero;
        _typed.Clear();
    }

    internal void EndPoll(Vector2 cursor, bool first)
    {
        CursorDelta = first ? Vector2.Zero : cursor - CursorPosition;
        CursorPosition = cursor;
        _typedText = _typed.Length == 0 ? string.Empty : _typed.ToString();
    }

    internal void OnKey(int key, int action)
    {
        if (key < 0 || key >= KeyCount)
        {
            return;
        }

        if (action == GlfwConstants.Press)
        {
            _keysDown[key] = true;
            _keysPressed[key] = true;
        }
        else if (action == GlfwConstants.Release)
        {
            _keysDown[key] = false;
        }
    }

    internal void OnMouseButton(int button, int action)
    {
        if (button < 0 || button >= ButtonCount)
        {
            return;
        }

        var down = action == GlfwConstants.Press;
        if (down && !_buttonsDown[button])
        {
            _buttonsPressed[button] = true;
        }
        else if (!down && _buttonsDown[button])
        {
            _buttonsReleased[button] = true;
        }

        _buttonsDown[button] = down;
    }

    internal void OnScroll(double x, double y) => ScrollDelta += new Vector2((float)x, (float)y);

    internal void OnChar(uint codepoint)
    {
        if (Rune.IsValid(codepoint))
        {
            Span<char> utf16 = stackalloc char[2];
            _typed.Append(utf16[..new Rune(codepoint).EncodeToUtf16(utf16)]);
        }
    }
}
