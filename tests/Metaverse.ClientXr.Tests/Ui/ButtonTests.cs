using System.Numerics;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Tests.Ui;

public sealed class ButtonTests
{
    private readonly UiHarness _harness = new();
    private UiRect _button;

    [Fact]
    public void Press_then_release_over_the_button_clicks_exactly_once()
    {
        Assert.False(Frame(UiHarness.Hover(new Vector2(0.4f, 0.35f))));
        var centre = UiHarness.Centre(_button);
        Assert.False(Frame(UiHarness.Hover(centre)));
        Assert.False(Frame(UiHarness.Press(centre)));
        Assert.False(Frame(UiHarness.Drag(centre)));
        Assert.True(Frame(UiHarness.Release(centre)));
        Assert.False(Frame(UiHarness.Hover(centre)));
    }

    [Fact]
    public void A_click_shorter_than_a_frame_clicks()
    {
        Frame();
        Assert.True(Frame(new UiPointer(0, UiHarness.RayAt(UiHarness.Centre(_button)), false, true, true)));
    }

    [Fact]
    public void A_press_on_the_window_background_released_over_the_button_does_not_click()
    {
        Frame();
        var background = new Vector2(0.4f, 0.35f);
        Assert.False(Frame(UiHarness.Press(background)));
        Assert.False(Frame(UiHarness.Drag(UiHarness.Centre(_button))));
        Assert.False(Frame(UiHarness.Release(UiHarness.Centre(_button))));
    }

    [Fact]
    public void A_press_outside_every_window_released_over_the_button_does_not_click()
    {
        Frame();
        Assert.False(Frame(UiHarness.Press(new Vector2(2f, 2f))));
        Assert.False(Frame(UiHarness.Release(UiHarness.Centre(_button))));
    }

    [Fact]
    public void A_press_on_the_button_released_elsewhere_does_not_click()
    {
        Frame();
        Assert.False(Frame(UiHarness.Press(UiHarness.Centre(_button))));
        Assert.False(Frame(UiHarness.Release(new Vector2(0.4f, 0.35f))));
    }

    [Fact]
    public void A_ray_from_behind_the_panel_does_nothing()
    {
        Frame();
        var centre = UiHarness.Centre(_button);
        var fromBehind = new Ray(new Vector3(centre.X, -centre.Y, -1f), Vector3.UnitZ);
        Assert.False(Frame(new UiPointer(0, fromBehind, true, true, false)));
        Assert.False(_harness.Ui.IsOverUi(0));
        Assert.False(_harness.Ui.PointerCaptured(0));
        Assert.False(Frame(new UiPointer(0, fromBehind, false, false, true)));
    }

    [Fact]
    public void Hovering_the_button_highlights_it()
    {
        Frame();
        var idle = ButtonQuadColour();
        Frame(UiHarness.Hover(UiHarness.Centre(_button)));
        Assert.Equal(_harness.Ui.Style.WidgetHover, ButtonQuadColour());
        Assert.Equal(_harness.Ui.Style.Widget, idle);
    }

    private Rgba ButtonQuadColour()
    {
        foreach (var item in _harness.Draw.PanelItems)
        {
            if (item.Kind == PanelItemKind.Quad && item.Size == new Vector2(_button.Width, _button.Height))
            {
                return item.Color;
            }
        }

        throw new InvalidOperationException("no quad of the button's size");
    }

    private bool Frame(params UiPointer[] pointers)
    {
        var clicked = false;
        _harness.Frame(ui =>
        {
            clicked = ui.Button("Start");
            _button = ui.LastItemRect;
        }, pointers);
        return clicked;
    }
}
