using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Ui;

public sealed partial class WorldUi
{
    /// <summary>A line of text in the ordinary colour.</summary>
    public void Label(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RequireWindow();
        var rect = Place(Measure(text, Style.TextHeight), Style.RowHeight);
        DrawText(text, rect.X, rect, Style.TextHeight, Style.Text);
    }

    /// <summary>A push button; true on the frame a pointer that pressed on it releases over it.</summary>
    public bool Button(string label)
    {
        var id = ItemId(label);
        var visible = _text.Visible(id, label);
        var rect = Place(Measure(visible, Style.TextHeight) + (2f * Style.Padding), Style.RowHeight);
        var interaction = Interact(id, rect);
        FillRect(rect, UiLayer.Frame, WidgetColour(interaction));
        DrawTextCentred(visible, rect, Style.TextHeight, Style.Text);
        return interaction.Clicked;
    }

    /// <summary>A check box with a label; a click flips <paramref name="value"/> and returns true.</summary>
    public bool Toggle(string label, ref bool value)
    {
        var id = ItemId(label);
        var visible = _text.Visible(id, label);
        var box = Style.RowHeight * 0.6f;
        var rect = Place(box + Style.Spacing + Measure(visible, Style.TextHeight), Style.RowHeight);
        var interaction = Interact(id, rect);
        if (interaction.Clicked)
        {
            value = !value;
        }

        var boxRect = new UiRect(rect.X, rect.Top + ((rect.Height - box) / 2f), box, box);
        FillRect(boxRect, UiLayer.Frame, WidgetColour(interaction));
        if (value)
        {
            FillRect(boxRect.Inset(box * 0.2f), UiLayer.Fill, Style.Accent);
        }

        DrawText(visible, boxRect.Right + Style.Spacing, rect, Style.TextHeight, Style.Text);
        return interaction.Clicked;
    }

    /// <summary>A thin rule across the window.</summary>
    public void Separator()
    {
        RequireWindow();
        FillRect(Place(_layout.RemainingWidth, Style.SeparatorThickness), UiLayer.Frame, Style.TextDim);
    }

    /// <summary>
    /// A bar filled to <paramref name="fraction"/> (0–1, clamped; NaN shows empty) across the remaining width, with
    /// optional <paramref name="text"/> on it.
    /// </summary>
    public void ProgressBar(float fraction, string? text = null)
    {
        RequireWindow();
        var rect = Place(_layout.RemainingWidth, text is null ? Style.ProgressBarHeight : Style.RowHeight);
        var filled = float.IsNaN(fraction) ? 0f : Math.Clamp(fraction, 0f, 1f);
        FillRect(rect, UiLayer.Frame, Style.Widget);
        FillRect(rect with { Width = rect.Width * filled }, UiLayer.Fill, Style.Accent);
        if (text is not null)
        {
            DrawTextCentred(text, rect, Style.TextHeight, Style.Text);
        }
    }

    /// <summary>
    /// Text in <paramref name="colour"/> wrapped at word boundaries to the remaining width: for errors such as a
    /// rejected command's reason, warnings, or narration.
    /// </summary>
    public void Message(string text, Rgba colour)
    {
        ArgumentNullException.ThrowIfNull(text);
        RequireWindow();
        var lines = _wrap.Wrap(text, _layout.RemainingWidth, Style.TextHeight, _font);
        var lineHeight = Style.TextHeight * 1.3f;
        var rect = Place(_layout.RemainingWidth, MathF.Max(Style.RowHeight, (lines.Count * lineHeight) + (Style.RowHeight - lineHeight)));
        var firstRow = new UiRect(rect.X, rect.Top, rect.Width, Style.RowHeight);
        for (var i = 0; i < lines.Count; i++)
        {
            DrawText(lines[i], rect.X, firstRow with { Top = firstRow.Top + (i * lineHeight) }, Style.TextHeight, colour);
        }
    }

    /// <summary>The next item's rectangle from the layout; it becomes <see cref="LastItemRect"/>.</summary>
    private UiRect Place(float width, float height)
    {
        var rect = _layout.Next(width, height);
        LastItemRect = rect;
        return rect;
    }
}
