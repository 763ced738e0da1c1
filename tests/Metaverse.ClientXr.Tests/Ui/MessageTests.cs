using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Tests.Ui;

public sealed class MessageTests
{
    [Fact]
    public void A_long_message_wraps_at_words_within_the_window_width_in_its_colour()
    {
        var harness = new UiHarness();
        const string Reason = "rejected: setpoint 500 kg/h is outside the accepted range 0 to 100 kg/h for feeder API";
        harness.Frame(ui => ui.Message(Reason, Rgba.Red));
        var lines = harness.Draw.PanelItems.ToArray().Where(item => item.Kind == PanelItemKind.Text && item.Color == Rgba.Red).ToList();
        Assert.True(lines.Count > 1, $"{lines.Count} lines");
        Assert.Equal(Reason, string.Join(' ', lines.Select(line => line.Text)));
        var width = UiHarness.WindowSize.X - (2 * UiStyle.Default.Padding);
        Assert.All(lines, line => Assert.True(new FixedAdvanceFont().MeasureWidth(line.Text, line.Size.Y) <= width));
        Assert.True(lines[1].World.Translation.Y < lines[0].World.Translation.Y);
    }
}
