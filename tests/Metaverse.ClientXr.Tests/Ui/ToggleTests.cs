using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Tests.Ui;

public sealed class ToggleTests
{
    private readonly UiHarness _harness = new();
    private bool _value;
    private UiRect _rect;

    [Fact]
    public void Each_click_flips_the_value_and_reports_it()
    {
        Frame();
        var centre = UiHarness.Centre(_rect);
        Assert.False(Frame(UiHarness.Press(centre)));
        Assert.False(_value);
        Assert.True(Frame(UiHarness.Release(centre)));
        Assert.True(_value);
        Frame(UiHarness.Press(centre));
        Assert.True(Frame(UiHarness.Release(centre)));
        Assert.False(_value);
    }

    [Fact]
    public void Hovering_does_not_flip()
    {
        Frame();
        Assert.False(Frame(UiHarness.Hover(UiHarness.Centre(_rect))));
        Assert.False(_value);
    }

    private bool Frame(params UiPointer[] pointers)
    {
        var flipped = false;
        _harness.Frame(ui =>
        {
            flipped = ui.Toggle("Auto feed", ref _value);
            _rect = ui.LastItemRect;
        }, pointers);
        return flipped;
    }
}
