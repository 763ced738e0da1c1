using Metaverse.ClientXr.Platform.Glfw;

namespace Metaverse.ClientXr.Tests.Platform;

public sealed class InputStateTests
{
    private const int Press = 1;
    private const int Release = 0;
    private const int Repeat = 2;

    [Fact]
    public void A_click_within_one_poll_is_pressed_and_released_but_not_down()
    {
        var input = new InputState();
        input.BeginPoll();
        input.OnMouseButton((int)MouseButton.Left, Press);
        input.OnMouseButton((int)MouseButton.Left, Release);
        input.EndPoll(default, first: true);
        Assert.True(input.WasPressed(MouseButton.Left));
        Assert.True(input.WasReleased(MouseButton.Left));
        Assert.False(input.IsDown(MouseButton.Left));
    }

    [Fact]
    public void Pressed_lasts_one_poll_while_down_lasts_until_release()
    {
        var input = new InputState();
        input.BeginPoll();
        input.OnKey((int)Key.W, Press);
        input.EndPoll(default, first: true);
        Assert.True(input.WasPressed(Key.W));
        input.BeginPoll();
        input.OnKey((int)Key.W, Repeat);
        input.EndPoll(default, first: false);
        Assert.False(input.WasPressed(Key.W));
        Assert.True(input.IsDown(Key.W));
        input.BeginPoll();
        input.OnKey((int)Key.W, Release);
        input.EndPoll(default, first: false);
        Assert.False(input.IsDown(Key.W));
    }

    [Fact]
    public void Typed_text_scroll_and_cursor_delta_are_per_poll()
    {
        var input = new InputState();
        input.BeginPoll();
        input.OnChar('µ');
        input.OnChar(0x1F600);
        input.OnScroll(0, 1);
        input.OnScroll(0, 2);
        input.EndPoll(new(10, 20), first: true);
        Assert.Equal("µ\U0001F600", input.TypedText);
        Assert.Equal(new System.Numerics.Vector2(0, 3), input.ScrollDelta);
        input.BeginPoll();
        input.EndPoll(new(15, 18), first: false);
        Assert.Equal(string.Empty, input.TypedText);
        Assert.Equal(System.Numerics.Vector2.Zero, input.ScrollDelta);
        Assert.Equal(new System.Numerics.Vector2(5, -2), input.CursorDelta);
    }

    [Fact]
    public void Unknown_key_codes_are_ignored()
    {
        var input = new InputState();
        input.OnKey(-1, Press);
        input.OnKey(9999, Press);
        input.OnMouseButton(42, Press);
        Assert.False(input.IsDown(Key.Escape));
    }
}
