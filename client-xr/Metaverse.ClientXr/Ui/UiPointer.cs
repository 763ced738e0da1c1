namespace Metaverse.ClientXr.Ui;

/// <summary>
/// One pointing device for one frame: the desktop mouse ray, or an XR controller's aim ray. <see cref="Id"/> is stable
/// across frames (e.g. 0 = mouse, 1 = left hand, 2 = right hand). <see cref="Held"/> is the button state now;
/// <see cref="Pressed"/>/<see cref="Released"/> say it went down/up since the previous frame (both may be true for a
/// click shorter than a frame, in which case <see cref="Held"/> is false).
/// </summary>
public readonly record struct UiPointer(int Id, Ray Ray, bool Held, bool Pressed, bool Released)
{
    /// <summary>A pointer from the button state now and in the previous frame.</summary>
    public static UiPointer FromButton(int id, Ray ray, bool heldNow, bool heldLastFrame) =>
        new(id, ray, heldNow, heldNow && !heldLastFrame, !heldNow && heldLastFrame);
}
