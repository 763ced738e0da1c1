namespace Metaverse.ClientXr.Ui;

public sealed partial class WorldUi
{
    /// <summary>
    /// A one-line text field filling the rest of the line (the visible part of <paramref name="label"/> shown on its
    /// left; use "##key" for none). A press on it takes keyboard focus; the focused field applies this frame's
    /// <see cref="UiKeyboard"/> to <paramref name="text"/> (at most <paramref name="maxLength"/> characters).
    /// Returns true on enter (focus ends); escape ends focus without returning true.
    /// </summary>
    public bool TextField(string label, ref string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        var id = ItemId(label);
        var visible = _text.Visible(id, label);
        var labelWidth = Measure(visible, Style.TextHeight);
        var rect = Place(_layout.RemainingWidth, Style.RowHeight);
        var fieldX = rect.X + (labelWidth > 0f ? labelWidth + Style.Spacing : 0f);
        var field = new UiRect(fieldX, rect.Top, MathF.Max(0f, rect.Right - fieldX), rect.Height);
        var interaction = Interact(id, field);
        if (interaction.Pressed)
        {
            _focused = id;
            _focusedPressed = true;
        }

        var entered = false;
        if (_focused == id)
        {
            _focusedDrawn = true;
            entered = ApplyKeyboard(ref text, maxLength);
        }

        DrawTextField(id, visible, rect, field, text, interaction);
        return entered;
    }

    /// <summary>Applies and consumes this frame's keyboard input; true on enter. Ends focus on enter or escape.</summary>
    private bool ApplyKeyboard(ref string text, int maxLength)
    {
        var keys = _keyboard;
        _keyboard = UiKeyboard.None;
        if (keys.Backspaces > 0)
        {
            text = text[..Math.Max(0, text.Length - keys.Backspaces)];
        }

        foreach (var c in keys.Typed ?? string.Empty)
        {
            if (!char.IsControl(c) && text.Length < maxLength)
            {
                text += c;
            }
        }

        if (keys.Enter || keys.Escape)
        {
            _focused = UiId.None;
        }

        return keys.Enter;
    }

    private void DrawTextField(int id, string visible, UiRect rect, UiRect field, string text, in UiInteraction interaction)
    {
        var focused = _focused == id;
        DrawText(visible, rect.X, rect, Style.TextHeight, Style.Text);
        FillRect(field, UiLayer.Frame, focused ? Style.WidgetActive : WidgetColour(interaction));
        var room = MathF.Max(0f, field.Width - (2f * Style.Padding));
        var shown = _text.Tail(id, text, FirstVisibleChar(text, room));
        DrawText(shown, field.X + Style.Padding, field, Style.TextHeight, Style.Text);
        if (focused)
        {
            var caretX = field.X + Style.Padding + Measure(shown, Style.TextHeight);
            var caretHeight = Style.TextHeight;
            FillRect(new UiRect(caretX, field.Top + ((field.Height - caretHeight) / 2f), Style.SeparatorThickness, caretHeight), UiLayer.Fill, Style.Text);
        }
    }

    /// <summary>The first character of the longest tail of <paramref name="text"/> that fits in <paramref name="width"/>.</summary>
    private int FirstVisibleChar(string text, float width)
    {
        var start = 0;
        while (start < text.Length && Measure(text.AsSpan(start), Style.TextHeight) > width)
        {
            start++;
        }

        return start;
    }
}
