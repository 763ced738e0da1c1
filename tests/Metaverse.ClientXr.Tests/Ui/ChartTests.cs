using System.Numerics;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Tests.Ui;

public sealed class ChartTests
{
    [Theory]
    [InlineData(0f, 10f)]
    [InlineData(0f, 0f)]
    [InlineData(4f, 6f)]
    public void Every_line_lies_within_the_chart_rectangle(float min, float max)
    {
        var harness = new UiHarness();
        var chart = default(UiRect);
        harness.Frame(ui =>
        {
            ui.Chart("Feed", [1f, 5f, 9f, float.NaN, 3f, 12f, -2f], min, max, "kg/h");
            chart = ui.LastItemRect;
        });

        var lines = harness.Draw.Lines.ToArray();
        Assert.True(lines.Length >= 2 + 4, $"{lines.Length} lines");
        foreach (var line in lines)
        {
            Assert.True(chart.Contains(Layout(line.From)) && chart.Contains(Layout(line.To)), $"{line} outside {chart}");
        }
    }

    [Fact]
    public void A_missing_value_leaves_a_gap_and_the_series_spans_the_plot_width()
    {
        var harness = new UiHarness();
        harness.Frame(ui => ui.Chart("Feed", [1f, 2f, float.NaN, 4f, 5f], 0f, 5f, "kg/h"));
        var series = harness.Draw.Lines.ToArray()[2..];
        Assert.Equal(2, series.Length);
        Assert.Equal(series[0].To.X + ((series[0].To.X - series[0].From.X) * 3f), series[1].To.X, 4);
    }

    [Fact]
    public void Auto_range_labels_the_axis_with_the_extremes_and_shows_the_latest_value_with_its_unit()
    {
        var harness = new UiHarness();
        harness.Frame(ui => ui.Chart("Feed", [2f, 8f, 5.5f], 0f, 0f, "kg/h"));
        var texts = harness.Draw.PanelItems.ToArray().Select(item => item.Text).ToList();
        Assert.Contains("8", texts);
        Assert.Contains("2", texts);
        Assert.Contains("5.5 kg/h", texts);
        Assert.Contains("Feed", texts);
    }

    [Fact]
    public void A_single_value_is_drawn_as_the_level_line_a_constant_series_of_any_length_draws()
    {
        var one = new UiHarness();
        one.Frame(ui => ui.Chart("Feed", [4f], 0f, 0f, "kg/h"));
        var three = new UiHarness();
        three.Frame(ui => ui.Chart("Feed", [4f, 4f, 4f], 0f, 0f, "kg/h"));

        var single = one.Draw.Lines.ToArray()[2..];
        var constant = three.Draw.Lines.ToArray()[2..];
        Assert.Single(single);
        Assert.Equal(constant[0].From, single[0].From);
        Assert.Equal(constant[^1].To, single[0].To);
    }

    [Fact]
    public void A_value_above_the_fixed_range_is_drawn_at_the_top_edge()
    {
        var harness = new UiHarness();
        harness.Frame(ui => ui.Chart("Feed", [0f, 20f], 0f, 10f, "kg/h"));
        var leftAxis = harness.Draw.Lines[0];
        var series = harness.Draw.Lines[2];
        Assert.Equal(Layout(leftAxis.From).Y, Layout(series.To).Y, 5);
        Assert.Equal(Layout(leftAxis.To).Y, Layout(series.From).Y, 5);
    }

    private static Vector2 Layout(Vector3 world) => new(world.X, -world.Y);
}
