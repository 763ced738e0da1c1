namespace Metaverse.ClientXr.Ui;

/// <summary>
/// Keyboard input since the previous frame, delivered to the focused text field only (see <see cref="WorldUi.WantsKeyboard"/>).
/// Applied in this order: <see cref="Backspaces"/>, then <see cref="Typed"/> characters (control characters ignored),
/// then <see cref="Enter"/> or <see cref="Escape"/>.
/// </summary>
public readonly record struct UiKeyboard(string Typed, int Backspaces, bool Enter, bool Escape)
{
    /// <summary>No keys this frame.</summary>
    public static UiKeyboard None { get; } = new(string.Empty, 0, false, false);
}
