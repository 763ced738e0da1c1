using System.Numerics;

namespace Metaverse.ClientXr.Ui;

public sealed partial class WorldUi
{
    private const string AxisFormat = "{0:G4}";
    private const string LatestFormat = "{0:G4} {1}";

    /// <summary>
    /// A line chart across the rest of the line: <paramref name="title"/> and the latest value with its
    /// <paramref name="unit"/> on top, the y range labelled on the left, <paramref name="values"/> spread evenly from
    /// left (oldest) to right (newest). The y range is [<paramref name="min"/>, <paramref name="max"/>] (values outside
    /// are drawn at the edge), or the values' own range when min == max. NaN values leave gaps.
    /// <paramref name="height"/> in metres; 0 takes <see cref="UiStyle.ChartHeight"/>.
    /// </summary>
    public void Chart(string title, ReadOnlySpan<float> values, float min, float max, string unit, float height = 0f)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var id = ItemId(title);
        var rect = Place(_layout.RemainingWidth, height > 0f ? height : Style.ChartHeight);
        (min, max) = min == max ? AutoRange(values) : (MathF.Min(min, max), MathF.Max(min, max));
        FillRect(rect, UiLayer.Frame, Style.ChartBackground);
        var titleRow = new UiRect(rect.X + Style.Padding, rect.Top, rect.Width - (2f * Style.Padding), Style.RowHeight);
        DrawText(_text.Visible(id, title), titleRow.X, titleRow, Style.TextHeight, Style.Text);
        if (values.Length > 0 && float.IsFinite(values[^1]))
        {
            var latest = _text.Number(id, values[^1], LatestFormat, unit);
            DrawText(latest, titleRow.Right - Measure(latest, Style.TextHeight), titleRow, Style.TextHeight, Style.ChartLine);
        }

        var maxLabel = _text.Number(id + 1, max, AxisFormat);
        var minLabel = _text.Number(id + 2, min, AxisFormat);
        var labelWidth = MathF.Max(Measure(maxLabel, Style.SmallTextHeight), Measure(minLabel, Style.SmallTextHeight));
        var plotX = rect.X + Style.Padding + labelWidth + Style.Spacing;
        var plotTop = titleRow.Bottom + (Style.SmallTextHeight / 2f);
        var plot = new UiRect(plotX, plotTop, MathF.Max(0f, rect.Right - Style.Padding - plotX), MathF.Max(0f, rect.Bottom - Style.Padding - plotTop));
        DrawAxes(plot, maxLabel, minLabel);
        DrawSeries(plot, values, min, max);
    }

    /// <summary>The values' finite range, widened around a flat series; [0, 1] without finite values.</summary>
    private static (float Min, float Max) AutoRange(ReadOnlySpan<float> values)
    {
        var low = float.PositiveInfinity;
        var high = float.NegativeInfinity;
        foreach (var v in values)
        {
            if (float.IsFinite(v))
            {
                low = MathF.Min(low, v);
                high = MathF.Max(high, v);
            }
        }

        if (low > high)
        {
            return (0f, 1f);
        }

        if (low == high)
        {
            var half = MathF.Max(MathF.Abs(low) * 0.1f, 0.5f);
            return (low - half, high + half);
        }

        return (low, high);
    }

    private void DrawAxes(UiRect plot, string maxLabel, string minLabel)
    {
        DrawLine(new Vector2(plot.X, plot.Top), new Vector2(plot.X, plot.Bottom), UiLayer.Fill, Style.ChartAxis);
        DrawLine(new Vector2(plot.X, plot.Bottom), new Vector2(plot.Right, plot.Bottom), UiLayer.Fill, Style.ChartAxis);
        var labelX = plot.X - Style.Spacing;
        var small = Style.SmallTextHeight;
        DrawText(maxLabel, labelX - Measure(maxLabel, small), new UiRect(labelX, plot.Top - (small / 2f), 0f, small), small, Style.TextDim);
        DrawText(minLabel, labelX - Measure(minLabel, small), new UiRect(labelX, plot.Bottom - (small / 2f), 0f, small), small, Style.TextDim);
    }

    /// <summary>The series across the plot's width; a single value as a level line, as a constant series of any length looks.</summary>
    private void DrawSeries(UiRect plot, ReadOnlySpan<float> values, float min, float max)
    {
        if (values.Length == 1 && float.IsFinite(values[0]))
        {
            var y = PlotY(plot, values[0], min, max);
            DrawLine(new Vector2(plot.X, y), new Vector2(plot.Right, y), UiLayer.Fill, Style.ChartLine);
            return;
        }

        var step = values.Length > 1 ? plot.Width / (values.Length - 1) : 0f;
        for (var i = 1; i < values.Length; i++)
        {
            if (float.IsFinite(values[i - 1]) && float.IsFinite(values[i]))
            {
                var from = new Vector2(plot.X + ((i - 1) * step), PlotY(plot, values[i - 1], min, max));
                var to = new Vector2(plot.X + (i * step), PlotY(plot, values[i], min, max));
                DrawLine(from, to, UiLayer.Fill, Style.ChartLine);
            }
        }
    }

    private static float PlotY(UiRect plot, float value, float min, float max) =>
        plot.Bottom - (Math.Clamp((value - min) / (max - min), 0f, 1f) * plot.Height);
}
