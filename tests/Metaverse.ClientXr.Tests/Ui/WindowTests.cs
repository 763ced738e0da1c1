using System.Numerics;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Tests.Ui;

public sealed class WindowTests
{
    private static readonly Vector2 Size = new(0.4f, 0.3f);

    private readonly WorldUi _ui = new(new FixedAdvanceFont());
    private readonly DrawList _draw = new();

    [Fact]
    public void A_pointer_over_a_window_is_over_the_ui_and_one_that_misses_is_not()
    {
        Frame(Matrix4x4.Identity, UiHarness.Hover(new Vector2(0.2f, 0.2f), id: 0), UiHarness.Hover(new Vector2(0.6f, 0.2f), id: 1));
        Assert.True(_ui.IsOverUi(0));
        Assert.True(_ui.TryGetHit(0, out var hit));
        Assert.Equal(new Vector3(0.2f, -0.2f, 0f), hit);
        Assert.False(_ui.IsOverUi(1));
        Assert.False(_ui.TryGetHit(1, out _));
        Assert.False(_ui.IsOverUi(7));
    }

    [Fact]
    public void A_press_on_the_background_captures_the_pointer_until_release()
    {
        var background = new Vector2(0.2f, 0.2f);
        Frame(Matrix4x4.Identity, UiHarness.Press(background));
        Assert.True(_ui.PointerCaptured(0));
        Frame(Matrix4x4.Identity, UiHarness.Drag(new Vector2(3f, 3f)));
        Assert.True(_ui.PointerCaptured(0));
        Assert.True(_ui.IsOverUi(0));
        Frame(Matrix4x4.Identity, UiHarness.Release(new Vector2(3f, 3f)));
        Assert.False(_ui.PointerCaptured(0));
        Assert.False(_ui.IsOverUi(0));
    }

    [Fact]
    public void A_pointer_that_vanishes_while_pressing_a_button_releases_it_without_a_click()
    {
        var clicks = 0;
        var button = default(UiRect);
        void Body(WorldUi ui)
        {
            clicks += ui.Button("Go") ? 1 : 0;
            button = ui.LastItemRect;
        }

        Frame(Matrix4x4.Identity, Body);
        Frame(Matrix4x4.Identity, Body, UiHarness.Press(UiHarness.Centre(button)));
        Assert.True(_ui.PointerCaptured(0));
        Frame(Matrix4x4.Identity, Body);
        Assert.False(_ui.PointerCaptured(0));
        Frame(Matrix4x4.Identity, Body, UiHarness.Release(UiHarness.Centre(button)));
        Assert.Equal(0, clicks);
    }

    [Fact]
    public void Dragging_the_title_bar_moves_the_callers_pose_within_the_panel_plane()
    {
        var pose = Matrix4x4.CreateTranslation(1f, 2f, -3f);
        var grab = new Vector3(1.1f, 1.99f, 1f);
        DraggableFrame(ref pose, new UiPointer(0, new Ray(grab, -Vector3.UnitZ), true, true, false));
        Assert.Equal(new Vector3(1f, 2f, -3f), pose.Translation);
        DraggableFrame(ref pose, new UiPointer(0, new Ray(grab + new Vector3(0.3f, -0.5f, 0f), -Vector3.UnitZ), true, false, false));
        AssertClose(new Vector3(1.3f, 1.5f, -3f), pose.Translation);
        DraggableFrame(ref pose, new UiPointer(0, new Ray(grab + new Vector3(0.5f, 0f, 0f), -Vector3.UnitZ), false, false, true));
        AssertClose(new Vector3(1.5f, 2f, -3f), pose.Translation);
        DraggableFrame(ref pose, new UiPointer(0, new Ray(grab, -Vector3.UnitZ), false, false, false));
        AssertClose(new Vector3(1.5f, 2f, -3f), pose.Translation);
    }

    [Fact]
    public void The_nearer_of_two_overlapping_windows_takes_the_pointer()
    {
        var far = Matrix4x4.CreateTranslation(0f, 0f, -1f);
        var near = Matrix4x4.Identity;
        var clicks = (Far: 0, Near: 0);
        void TwoWindows(params UiPointer[] pointers)
        {
            _draw.Clear();
            _ui.Begin(pointers, UiKeyboard.None);
            _ui.WindowBegin("Far", far, Size);
            clicks.Far += _ui.Button("Go") ? 1 : 0;
            _ui.WindowEnd();
            _ui.WindowBegin("Near", near, Size);
            clicks.Near += _ui.Button("Go") ? 1 : 0;
            _ui.WindowEnd();
            _ui.End(_draw);
        }

        TwoWindows();
        var button = new Vector2(0.03f, 0.075f);
        TwoWindows(new UiPointer(0, new Ray(new Vector3(button.X, -button.Y, 1f), -Vector3.UnitZ), true, true, false));
        TwoWindows(new UiPointer(0, new Ray(new Vector3(button.X, -button.Y, 1f), -Vector3.UnitZ), false, false, true));
        Assert.Equal((0, 1), clicks);
    }

    [Fact]
    public void Two_items_with_one_label_in_a_window_are_refused_and_a_hidden_suffix_tells_them_apart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Frame(Matrix4x4.Identity, body: ui =>
        {
            ui.Button("Go");
            ui.Button("Go");
        }));
        Assert.Contains("##", error.Message, StringComparison.Ordinal);

        var fresh = new UiHarness();
        fresh.Frame(ui =>
        {
            ui.Button("Go##a");
            ui.Button("Go##b");
        });
        Assert.Equal(2, fresh.Draw.PanelItems.ToArray().Count(item => item.Text == "Go"));
    }

    [Fact]
    public void Widgets_outside_a_window_and_unbalanced_calls_are_programming_errors()
    {
        Assert.Throws<InvalidOperationException>(() => _ui.WindowBegin("W", Matrix4x4.Identity, Size));
        _ui.Begin([], UiKeyboard.None);
        Assert.Throws<InvalidOperationException>(() => _ui.Button("Go"));
        _ui.WindowBegin("W", Matrix4x4.Identity, Size);
        Assert.Throws<InvalidOperationException>(() => _ui.End(_draw));
        Assert.Throws<ArgumentException>(() => new WorldUi(new FixedAdvanceFont()).Begin([UiHarness.Hover(Vector2.Zero), UiHarness.Hover(Vector2.One)], UiKeyboard.None));
    }

    private void Frame(Matrix4x4 pose, params UiPointer[] pointers) => Frame(pose, _ => { }, pointers);

    private void Frame(Matrix4x4 pose, Action<WorldUi> body, params UiPointer[] pointers)
    {
        _draw.Clear();
        _ui.Begin(pointers, UiKeyboard.None);
        _ui.WindowBegin("W", pose, Size);
        body(_ui);
        _ui.WindowEnd();
        _ui.End(_draw);
    }

    private void DraggableFrame(ref Matrix4x4 pose, params UiPointer[] pointers)
    {
        _draw.Clear();
        _ui.Begin(pointers, UiKeyboard.None);
        _ui.WindowBegin("W", ref pose, Size);
        _ui.WindowEnd();
        _ui.End(_draw);
    }

    private static void AssertClose(Vector3 expected, Vector3 actual) =>
        Assert.True(Vector3.Distance(expected, actual) < 1e-4f, $"expected {expected}, got {actual}");
}
