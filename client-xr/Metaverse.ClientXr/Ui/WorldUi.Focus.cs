namespace Metaverse.ClientXr.Ui;

public sealed partial class WorldUi
{
    private int _focused;
    private bool _focusedDrawn;
    private bool _focusedPressed;

    /// <summary>
    /// A text field has keyboard focus: route typed characters to the UI (via <see cref="UiKeyboard"/>) and not to
    /// movement or shortcuts. Focus ends on enter, escape, a press anywhere else, or when the field is not drawn.
    /// </summary>
    public bool WantsKeyboard => _focused != UiId.None;

    private void BeginFocusFrame()
    {
        _focusedDrawn = false;
        _focusedPressed = false;
    }

    private void EndFocusFrame()
    {
        if (!_focusedDrawn || (AnyPressThisFrame() && !_focusedPressed))
        {
            _focused = UiId.None;
        }
    }

    private bool AnyPressThisFrame()
    {
        foreach (var state in _pointers)
        {
            if (state.Input.Pressed)
            {
                return true;
            }
        }

        return false;
    }
}
