namespace Metaverse.ClientXr.Ui;

public sealed partial class WorldUi
{
    /// <summary>
    /// A horizontal slider filling the rest of the line, its label on the left and the value on the track, shown
    /// through the composite <paramref name="format"/> (<c>{0}</c> is the value, e.g. <c>"{0:F1} kg/h"</c>).
    /// While a pointer drags it (see <see cref="IsDragging"/>), <paramref name="value"/> follows the ray projected onto
    /// the panel plane, clamped to [<paramref name="min"/>, <paramref name="max"/>]. Returns true once, on the frame
    /// the drag is released with a value different from the one it started with: send one command per release.
    /// </summary>
    public bool Slider(string label, ref float value, float min, float max, string format = "{0:0.00}")
    {
        ArgumentNullException.ThrowIfNull(format);
        if (!(max > min) || !float.IsFinite(min) || !float.IsFinite(max))
        {
            throw new ArgumentException($"slider '{label}': range [{min}, {max}] must be finite with max > min", nameof(max));
        }

        var id = ItemId(label);
        var visible = _text.Visible(id, label);
        var labelWidth = Measure(visible, Style.TextHeight);
        var rect = Place(_layout.RemainingWidth, Style.RowHeight);
        var trackX = rect.X + (labelWidth > 0f ? labelWidth + Style.Spacing : 0f);
        var track = new UiRect(trackX, rect.Top, MathF.Max(0f, rect.Right - trackX), rect.Height);
        var interaction = Interact(id, track);
        var committed = DragSlider(interaction, track, ref value, min, max);
        DrawSlider(id, interaction, visible, rect, track, value, min, max, format);
        return committed;
    }

    /// <summary>True while a pointer drags the widget labelled <paramref name="label"/> in the current window.</summary>
    public bool IsDragging(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return AnyPointerActiveOn(UiId.Of(RequireWindow().Id, label));
    }

    private bool DragSlider(in UiInteraction interaction, UiRect track, ref float value, float min, float max)
    {
        if (interaction.Pointer is not { } pointer)
        {
            return false;
        }

        if (interaction.Pressed)
        {
            pointer.DragStartValue = value;
        }

        if (_panel.TryProject(pointer.Input.Ray, out var point) && track.Width > 0f)
        {
            var fraction = Math.Clamp((point.X - track.X) / track.Width, 0f, 1f);
            value = min + (fraction * (max - min));
        }

        return interaction.Released && !value.Equals(pointer.DragStartValue);
    }

    private void DrawSlider(int id, in UiInteraction interaction, string visible, UiRect rect, UiRect track, float value, float min, float max, string format)
    {
        DrawText(visible, rect.X, rect, Style.TextHeight, Style.Text);
        FillRect(track, UiLayer.Frame, WidgetColour(interaction));
        var fraction = float.IsNaN(value) ? 0f : Math.Clamp((value - min) / (max - min), 0f, 1f);
        var knobWidth = MathF.Min(Style.RowHeight * 0.3f, track.Width);
        var knobX = track.X + (fraction * (track.Width - knobWidth));
        var inner = track.Inset(Style.RowHeight * 0.15f);
        FillRect(inner with { Width = MathF.Max(0f, knobX - inner.X) }, UiLayer.Fill, Style.Accent.WithAlpha(0.45f));
        FillRect(new UiRect(knobX, track.Top, knobWidth, track.Height), UiLayer.Fill, Style.Accent);
        DrawTextCentred(_text.Number(id, value, format), track, Style.TextHeight, Style.Text);
    }
}
