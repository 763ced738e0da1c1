using System.Numerics;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Tests.Ui;

public sealed class SliderTests
{
    private const string Label = "Rate";

    private readonly UiHarness _harness = new();
    private float _value = 50f;
    private bool _dragging;
    private UiRect _row;

    /// <summary>The track starts after the label ("Rate": 4 chars × 0.5 × 0.025 m) and the item spacing.</summary>
    private float TrackX => _row.X + (4 * FixedAdvanceFont.AdvancePerLineHeight * _harness.Ui.Style.TextHeight) + _harness.Ui.Style.Spacing;

    private float TrackWidth => _row.Right - TrackX;

    [Fact]
    public void Dragging_maps_the_ray_along_the_track_to_the_value_and_commits_only_on_release()
    {
        Frame();
        Assert.False(Frame(UiHarness.Press(AtFraction(0.5f))));
        Assert.Equal(50f, _value, 3);
        Assert.False(Frame(UiHarness.Drag(AtFraction(0.25f))));
        Assert.Equal(25f, _value, 3);
        Assert.True(_dragging);
        Assert.False(Frame(UiHarness.Drag(AtFraction(0.8f))));
        Assert.Equal(80f, _value, 3);
        Assert.True(Frame(UiHarness.Release(AtFraction(0.8f))));
        Assert.Equal(80f, _value, 3);
        Assert.False(_dragging);
        Assert.False(Frame(UiHarness.Hover(AtFraction(0.1f))));
        Assert.Equal(80f, _value, 3);
    }

    [Fact]
    public void Dragging_past_the_ends_and_off_the_panel_clamps_to_the_range()
    {
        Frame();
        Frame(UiHarness.Press(AtFraction(0.5f)));
        Frame(UiHarness.Drag(new Vector2(5f, _row.Top)));
        Assert.Equal(100f, _value);
        Frame(UiHarness.Drag(new Vector2(-5f, 3f)));
        Assert.Equal(0f, _value);
    }

    [Fact]
    public void Releasing_where_the_drag_started_commits_nothing()
    {
        _value = 0f;
        Frame();
        Frame(UiHarness.Press(AtFraction(0.6f)));
        Frame(UiHarness.Drag(AtFraction(-1f)));
        Assert.False(Frame(UiHarness.Release(AtFraction(-1f))));
        Assert.Equal(0f, _value);
    }

    [Fact]
    public void A_second_pointer_cannot_take_a_slider_another_pointer_drags()
    {
        Frame();
        Frame(UiHarness.Press(AtFraction(0.2f), id: 0));
        Frame(UiHarness.Drag(AtFraction(0.2f), id: 0), UiHarness.Press(AtFraction(0.9f), id: 1));
        Assert.Equal(20f, _value, 3);
        Frame(UiHarness.Drag(AtFraction(0.3f), id: 0), UiHarness.Drag(AtFraction(0.9f), id: 1));
        Assert.Equal(30f, _value, 3);
        Assert.False(Frame(UiHarness.Drag(AtFraction(0.3f), id: 0), UiHarness.Release(AtFraction(0.9f), id: 1)));
        Assert.True(Frame(UiHarness.Release(AtFraction(0.3f), id: 0), UiHarness.Hover(AtFraction(0.9f), id: 1)));
        Assert.Equal(30f, _value, 3);
    }

    [Fact]
    public void The_value_is_shown_through_the_format()
    {
        Frame();
        Assert.Contains(_harness.Draw.PanelItems.ToArray(), item => item.Text == "50.0 kg/h");
    }

    private Vector2 AtFraction(float fraction) => new(TrackX + (fraction * TrackWidth), _row.Top + (_row.Height / 2f));

    private bool Frame(params UiPointer[] pointers)
    {
        var committed = false;
        _harness.Frame(ui =>
        {
            committed = ui.Slider(Label, ref _value, 0f, 100f, "{0:F1} kg/h");
            _row = ui.LastItemRect;
            _dragging = ui.IsDragging(Label);
        }, pointers);
        return committed;
    }
}
