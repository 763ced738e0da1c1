using System.Numerics;

namespace Metaverse.ClientXr.Ui;

public sealed partial class WorldUi
{
    private const string TitleBarLabel = "##title bar";

    /// <summary>
    /// Opens a window draggable by its title bar: while dragged, the UI moves <paramref name="pose"/> (the top-left
    /// corner; x right, y up, facing +z) within the panel's plane. <paramref name="size"/> is width × height in metres.
    /// Titles are unique per frame; "Title##key" shows "Title".
    /// </summary>
    public void WindowBegin(string title, ref Matrix4x4 pose, Vector2 size) => OpenWindow(title, ref pose, size, draggable: true);

    /// <summary>Opens a window fixed at <paramref name="pose"/> (not draggable); see the draggable overload.</summary>
    public void WindowBegin(string title, Matrix4x4 pose, Vector2 size) => OpenWindow(title, ref pose, size, draggable: false);

    /// <summary>Closes the current window; a press on its background captures the pointer until release.</summary>
    public void WindowEnd()
    {
        var window = RequireWindow();
        foreach (var state in _pointers)
        {
            if (state.Claimed && state.Input.Pressed && !state.PressHandled && state.Active == UiId.None)
            {
                state.Active = window.Id;
                state.PressHandled = true;
            }

            state.Claimed = false;
        }

        _window = null;
    }

    /// <summary>Places the next item to the right of the previous one instead of below it.</summary>
    public void SameLine()
    {
        RequireWindow();
        _layout.SameLine();
    }

    private void OpenWindow(string title, ref Matrix4x4 pose, Vector2 size, bool draggable)
    {
        ArgumentNullException.ThrowIfNull(title);
        RequireFrame();
        if (_window is not null)
        {
            throw new InvalidOperationException($"window '{_window.Title}' is still open: call WindowEnd before opening '{title}'");
        }

        if (!(size.X > 0f && size.Y > 0f && float.IsFinite(size.X) && float.IsFinite(size.Y)))
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"window '{title}': size must be positive metres");
        }

        var window = WindowRecord(title);
        var titleBarId = UiId.Of(window.Id, TitleBarLabel);
        if (draggable)
        {
            DragWindow(titleBarId, ref pose);
        }

        _panel = new UiPanel(pose, size, Style.LayerStep);
        window.Panel = _panel;
        _window = window;
        _windowItemIds.Clear();
        ClaimPointers(window.Id);
        DrawWindow(title, window.Id, titleBarId, draggable);
        _layout.Reset(Style.Padding, Style.TitleBarHeight + Style.Padding, size.X - Style.Padding, Style.Spacing);
    }

    private UiWindowRecord WindowRecord(string title)
    {
        var id = UiId.Of(title);
        UiWindowRecord? window = null;
        foreach (var candidate in _windows)
        {
            if (candidate.Id == id)
            {
                window = candidate;
            }
        }

        if (window is null)
        {
            window = new UiWindowRecord(id);
            _windows.Add(window);
        }
        else if (window.Seen)
        {
            throw new InvalidOperationException($"two windows titled '{title}' in one frame: add a '##key' suffix to one");
        }

        window.Seen = true;
        window.Title = title;
        return window;
    }

    /// <summary>Moves the pose with any pointer dragging the title bar: the grabbed point follows the ray on the panel plane.</summary>
    private void DragWindow(int titleBarId, ref Matrix4x4 pose)
    {
        foreach (var state in _pointers)
        {
            if (state.Active != titleBarId)
            {
                continue;
            }

            var normal = Vector3.Normalize(Vector3.TransformNormal(Vector3.UnitZ, pose));
            if (state.Input.Ray.TryIntersectPlane(pose.Translation, normal, out var distance))
            {
                pose.Translation = state.Input.Ray.At(distance) - state.GrabOffset;
            }
        }
    }

    /// <summary>The current window takes the pointers whose rays meet it first (by last frame's geometry).</summary>
    private void ClaimPointers(int windowId)
    {
        foreach (var state in _pointers)
        {
            state.Claimed = false;
            if (!_panel.TryHit(state.Input.Ray, out var point, out var distance))
            {
                continue;
            }

            if (state.NearestWindow != UiId.None && state.NearestWindow != windowId)
            {
                continue;
            }

            state.Claimed = true;
            state.LayoutPoint = point;
            state.NoteHit(distance, state.Input.Ray.At(distance));
        }
    }

    private void DrawWindow(string title, int windowId, int titleBarId, bool draggable)
    {
        var size = _panel.Size;
        FillRect(new UiRect(0f, 0f, size.X, size.Y), UiLayer.Background, Style.WindowBackground);
        var titleBar = new UiRect(0f, 0f, size.X, Style.TitleBarHeight);
        var highlighted = false;
        if (draggable)
        {
            var interaction = Interact(titleBarId, titleBar);
            if (interaction.Pressed)
            {
                var grabbed = interaction.Pointer!;
                grabbed.GrabOffset = _panel.ToWorld(grabbed.LayoutPoint.X, grabbed.LayoutPoint.Y, 0) - _panel.Origin;
            }

            highlighted = interaction.Hovered || interaction.Held;
        }

        FillRect(titleBar, UiLayer.Frame, highlighted ? Style.TitleBarHover : Style.TitleBar);
        DrawText(_text.Visible(windowId, title), Style.Padding, titleBar, Style.TextHeight, Style.Text);
    }

    private UiWindowRecord RequireWindow()
    {
        RequireFrame();
        return _window ?? throw new InvalidOperationException("no window is open: call WindowBegin first");
    }

    /// <summary>The id of an item labelled <paramref name="label"/> in the current window; each label once per window and frame.</summary>
    private int ItemId(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var window = RequireWindow();
        var id = UiId.Of(window.Id, label);
        if (!_windowItemIds.Add(id))
        {
            throw new InvalidOperationException($"window '{window.Title}' has two items labelled '{label}': add a '##key' suffix to one");
        }

        return id;
    }
}
