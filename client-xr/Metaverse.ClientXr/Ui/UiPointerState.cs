using System.Numerics;

namespace Metaverse.ClientXr.Ui;

/// <summary>What the UI remembers about one pointer (by <see cref="UiPointer.Id"/>) between and within frames.</summary>
internal sealed class UiPointerState(int id)
{
    public int Id { get; } = id;

    /// <summary>This frame's input; valid while <see cref="Present"/>.</summary>
    public UiPointer Input { get; set; }

    public bool Present { get; set; }

    /// <summary>The widget (or window background / title bar) that captured this pointer by a press, until release.</summary>
    public int Active { get; set; }

    /// <summary>A press this frame already went to something (so nothing else takes it after a same-frame release).</summary>
    public bool PressHandled { get; set; }

    /// <summary>The window nearest along the ray at <see cref="WorldUi.Begin"/>, by last frame's window geometry (0 = none).</summary>
    public int NearestWindow { get; set; }

    /// <summary>The pointer hit a window this frame (or is captured by the UI).</summary>
    public bool OverUi { get; set; }

    /// <summary>Nearest UI hit this frame: distance along the ray and world point.</summary>
    public float HitDistance { get; set; }

    public Vector3 HitPoint { get; set; }

    /// <summary>The current window takes this pointer's hover and presses.</summary>
    public bool Claimed { get; set; }

    /// <summary>Where the ray meets the current window, in layout coordinates (valid when <see cref="Claimed"/>).</summary>
    public Vector2 LayoutPoint { get; set; }

    /// <summary>Slider value when the drag started (a release commits only a change).</summary>
    public float DragStartValue { get; set; }

    /// <summary>Title-bar drag: world offset from the window origin to the grabbed point.</summary>
    public Vector3 GrabOffset { get; set; }

    public bool ReleasedNow => Input.Released || !Input.Held;

    public void BeginFrame(in UiPointer input)
    {
        Input = input;
        Present = true;
        PressHandled = false;
        OverUi = false;
        HitDistance = float.PositiveInfinity;
        Claimed = false;
    }

    public void NoteHit(float distance, Vector3 point)
    {
        OverUi = true;
        if (distance < HitDistance)
        {
            HitDistance = distance;
            HitPoint = point;
        }
    }
}
