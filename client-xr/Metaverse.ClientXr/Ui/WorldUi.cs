using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Ui;

/// <summary>
/// Immediate-mode UI on panels in the world, driven by pointer rays (the desktop mouse ray, XR controller aim rays).
/// One instance per client, used from the render thread only. Each frame:
/// <c>Begin(pointers, keyboard)</c>, then any number of <c>WindowBegin</c> … widgets … <c>WindowEnd</c>, then
/// <c>End(drawList)</c>, which appends the frame's quads, text and lines to the shared draw list.
/// <para>
/// Windows: the pose places the top-left corner (x right, y up, facing +z; rigid); the size is in metres. Passing
/// the pose by <c>ref</c> makes the window draggable by its title bar: the UI moves the caller's pose within the
/// panel's plane, so the caller owns and keeps the pose. Passing it by value gives a fixed panel (e.g. one attached to
/// equipment). Content that does not fit the size overflows below the panel.
/// </para>
/// <para>
/// Pointers: a pointer pressed on a widget is captured by it until release (a release elsewhere does not click; a
/// press that started elsewhere never clicks). A press on a window's background or title bar captures the pointer
/// too, so the app must not start its own grab: check <see cref="IsOverUi"/> / <see cref="PointerCaptured"/>.
/// The window a ray reaches first is found with the windows' geometry of the previous frame.
/// </para>
/// </summary>
public sealed partial class WorldUi
{
    private readonly IFontMetrics _font;
    private readonly DrawList _draw = new();
    private readonly List<UiPointerState> _pointers = [];
    private readonly List<UiWindowRecord> _windows = [];
    private readonly HashSet<int> _windowItemIds = [];
    private readonly UiLayout _layout = new();
    private readonly UiTextCache _text = new();
    private readonly UiTextWrap _wrap = new();
    private UiKeyboard _keyboard = UiKeyboard.None;
    private bool _inFrame;
    private UiWindowRecord? _window;
    private UiPanel _panel;

    public WorldUi(IFontMetrics font, UiStyle? style = null)
    {
        _font = font ?? throw new ArgumentNullException(nameof(font));
        Style = style ?? UiStyle.Default;
    }

    public UiStyle Style { get; }

    /// <summary>The font the UI measures with (scenes use it to centre their own text).</summary>
    public IFontMetrics Font => _font;

    /// <summary>The rectangle of the last item placed in the current window (layout coordinates, metres).</summary>
    public UiRect LastItemRect { get; private set; }

    /// <summary>Starts a frame with this frame's pointers (ids unique) and keyboard input for the focused text field.</summary>
    public void Begin(ReadOnlySpan<UiPointer> pointers, UiKeyboard keyboard)
    {
        if (_inFrame)
        {
            throw new InvalidOperationException("WorldUi.Begin called twice without End");
        }

        _inFrame = true;
        _draw.Clear();
        _keyboard = keyboard;
        BeginFocusFrame();
        foreach (var state in _pointers)
        {
            state.Present = false;
        }

        foreach (var pointer in pointers)
        {
            var state = PointerState(pointer.Id);
            if (state.Present)
            {
                throw new ArgumentException($"pointer id {pointer.Id} appears twice", nameof(pointers));
            }

            state.BeginFrame(pointer);
        }

        _pointers.RemoveAll(static state => !state.Present);
        foreach (var state in _pointers)
        {
            state.NearestWindow = NearestWindow(state.Input.Ray);
        }

        foreach (var window in _windows)
        {
            window.Seen = false;
        }
    }

    /// <summary>Ends the frame and appends everything the windows drew to <paramref name="list"/>.</summary>
    public void End(DrawList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        RequireFrame();
        if (_window is not null)
        {
            throw new InvalidOperationException($"window '{_window.Title}' is still open: call WindowEnd before End");
        }

        foreach (var state in _pointers)
        {
            if (state.ReleasedNow)
            {
                state.Active = UiId.None;
            }
        }

        EndFocusFrame();
        _windows.RemoveAll(static window => !window.Seen);
        CopyTo(list);
        _inFrame = false;
    }

    /// <summary>True when the pointer's ray meets a window, or the UI holds the pointer captured.</summary>
    public bool IsOverUi(int pointerId) =>
        FindPointer(pointerId) is { } state && (state.OverUi || state.NearestWindow != UiId.None || state.Active != UiId.None);

    /// <summary>True while a press that landed on the UI (widget, window background or title bar) has not been released.</summary>
    public bool PointerCaptured(int pointerId) => FindPointer(pointerId) is { Active: not UiId.None };

    /// <summary>The nearest point where the pointer's ray met a window this frame (for drawing a cursor dot).</summary>
    public bool TryGetHit(int pointerId, out Vector3 worldPoint)
    {
        var state = FindPointer(pointerId);
        var hit = state is not null && float.IsFinite(state.HitDistance);
        worldPoint = hit ? state!.HitPoint : default;
        return hit;
    }

    private void RequireFrame()
    {
        if (!_inFrame)
        {
            throw new InvalidOperationException("call WorldUi.Begin first");
        }
    }

    private UiPointerState PointerState(int id)
    {
        if (FindPointer(id) is { } existing)
        {
            return existing;
        }

        var state = new UiPointerState(id);
        _pointers.Add(state);
        return state;
    }

    private UiPointerState? FindPointer(int id)
    {
        foreach (var state in _pointers)
        {
            if (state.Id == id)
            {
                return state;
            }
        }

        return null;
    }

    private int NearestWindow(in Ray ray)
    {
        var nearest = UiId.None;
        var nearestDistance = float.PositiveInfinity;
        foreach (var window in _windows)
        {
            if (window.Panel.TryHit(ray, out _, out var distance) && distance < nearestDistance)
            {
                nearest = window.Id;
                nearestDistance = distance;
            }
        }

        return nearest;
    }

    private bool AnyPointerActiveOn(int id)
    {
        foreach (var state in _pointers)
        {
            if (state.Active == id)
            {
                return true;
            }
        }

        return false;
    }

    private void CopyTo(DrawList list)
    {
        foreach (var line in _draw.Lines)
        {
            list.Line(line.From, line.To, line.Color);
        }

        foreach (var item in _draw.PanelItems)
        {
            if (item.Kind == PanelItemKind.Quad)
            {
                list.Quad(item.World, item.Size, item.Color);
            }
            else
            {
                list.Text(item.Text!, item.World, item.Size.Y, item.Color);
            }
        }
    }
}
