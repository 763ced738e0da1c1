using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Ui;

public sealed partial class WorldUi
{
    /// <summary>Where the baseline sits below the centre of a row, in line heights (centres capitals visually).</summary>
    private const float BaselineBelowCentre = 0.3f;

    private void FillRect(UiRect rect, int layer, Rgba colour)
    {
        if (rect.Width > 0f && rect.Height > 0f)
        {
            _draw.Quad(_panel.At(rect.X, rect.Bottom, layer), new Vector2(rect.Width, rect.Height), colour);
        }
    }

    /// <summary>One line of text starting at <paramref name="x"/>, centred vertically in <paramref name="row"/>.</summary>
    private void DrawText(string text, float x, UiRect row, float lineHeight, Rgba colour)
    {
        if (text.Length > 0)
        {
            var baseline = row.Top + (row.Height / 2f) + (BaselineBelowCentre * lineHeight);
            _draw.Text(text, _panel.At(x, baseline, UiLayer.Text), lineHeight, colour);
        }
    }

    private void DrawTextCentred(string text, UiRect row, float lineHeight, Rgba colour) =>
        DrawText(text, row.X + ((row.Width - Measure(text, lineHeight)) / 2f), row, lineHeight, colour);

    private void DrawLine(Vector2 from, Vector2 to, int layer, Rgba colour) =>
        _draw.Line(_panel.ToWorld(from.X, from.Y, layer), _panel.ToWorld(to.X, to.Y, layer), colour);

    private float Measure(ReadOnlySpan<char> text, float lineHeight) => text.Length == 0 ? 0f : _font.MeasureWidth(text, lineHeight);
}
