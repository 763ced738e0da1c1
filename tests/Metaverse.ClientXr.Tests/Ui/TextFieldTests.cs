using System.Numerics;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Tests.Ui;

public sealed class TextFieldTests
{
    private readonly UiHarness _harness = new();
    private string _text = "ab";
    private UiRect _rect;

    private Vector2 FieldPoint => new(_rect.Right - 0.01f, _rect.Top + (_rect.Height / 2f));

    [Fact]
    public void A_click_focuses_the_field_which_then_takes_characters_backspace_and_enter()
    {
        Frame(new UiKeyboard("x", 0, false, false));
        Assert.Equal("ab", _text);
        Assert.False(_harness.Ui.WantsKeyboard);

        Frame(UiKeyboard.None, UiHarness.Press(FieldPoint));
        Frame(UiKeyboard.None, UiHarness.Release(FieldPoint));
        Assert.True(_harness.Ui.WantsKeyboard);

        Assert.False(Frame(new UiKeyboard("cd", 0, false, false)));
        Assert.Equal("abcd", _text);
        Assert.False(Frame(new UiKeyboard(string.Empty, 3, false, false)));
        Assert.Equal("a", _text);
        Assert.True(Frame(new UiKeyboard("z", 0, true, false)));
        Assert.Equal("az", _text);
        Assert.False(_harness.Ui.WantsKeyboard);
    }

    [Fact]
    public void Escape_ends_focus_without_entering()
    {
        Focus();
        Assert.False(Frame(new UiKeyboard(string.Empty, 0, false, true)));
        Assert.False(_harness.Ui.WantsKeyboard);
        Frame(new UiKeyboard("q", 0, false, false));
        Assert.Equal("ab", _text);
    }

    [Fact]
    public void A_press_elsewhere_ends_focus()
    {
        Focus();
        Frame(UiKeyboard.None, UiHarness.Press(new Vector2(3f, 3f)));
        Assert.False(_harness.Ui.WantsKeyboard);
    }

    [Fact]
    public void Typing_stops_at_the_maximum_length_and_control_characters_are_ignored()
    {
        Focus();
        Frame(new UiKeyboard("c\td\u0001efgh", 0, false, false));
        Assert.Equal("abcdef", _text);
    }

    private void Focus()
    {
        Frame(UiKeyboard.None);
        Frame(UiKeyboard.None, UiHarness.Press(FieldPoint));
        Frame(UiKeyboard.None, UiHarness.Release(FieldPoint));
        Assert.True(_harness.Ui.WantsKeyboard);
    }

    private bool Frame(UiKeyboard keyboard, params UiPointer[] pointers)
    {
        var entered = false;
        _harness.Frame(ui =>
        {
            entered = ui.TextField("Reason", ref _text, 6);
            _rect = ui.LastItemRect;
        }, keyboard, pointers);
        return entered;
    }
}
