using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Ui;

public sealed partial class WorldUi
{
    /// <summary>
    /// The hot/active state machine of one widget occupying <paramref name="rect"/> in the current window: a press over
    /// it captures a free pointer (one pointer per widget); the capture ends at release, which clicks only over it.
    /// </summary>
    private UiInteraction Interact(int id, UiRect rect)
    {
        var result = default(UiInteraction);
        foreach (var state in _pointers)
        {
            var inside = state.Claimed && rect.Contains(state.LayoutPoint);
            if (inside && state.Input.Pressed && !state.PressHandled && state.Active == UiId.None && !AnyPointerActiveOn(id))
            {
                state.Active = id;
                state.PressHandled = true;
                result.Pressed = true;
            }

            if (state.Active == id)
            {
                result.Held = true;
                result.Pointer = state;
                if (state.ReleasedNow)
                {
                    result.Released = true;
                    result.Clicked = inside;
                    state.Active = UiId.None;
                }
            }
            else if (inside && state.Active == UiId.None)
            {
                result.Hovered = true;
            }
        }

        return result;
    }

    private Rgba WidgetColour(in UiInteraction interaction) =>
        interaction.Held ? Style.WidgetActive : interaction.Hovered ? Style.WidgetHover : Style.Widget;
}
