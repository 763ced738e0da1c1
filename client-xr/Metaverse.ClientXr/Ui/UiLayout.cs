namespace Metaverse.ClientXr.Ui;

/// <summary>
/// Vertical auto-layout inside a window's content area: each item starts a new line below the previous one unless
/// <see cref="SameLine"/> was called, which places the next item to the right of the previous one on its line.
/// </summary>
internal sealed class UiLayout
{
    private float _left;
    private float _right;
    private float _spacing;
    private float _cursorX;
    private float _lineTop;
    private float _lineHeight;
    private float _previousLineTop;
    private float _previousLineHeight;
    private float _previousItemRight;

    /// <summary>Starts a window's content at (<paramref name="left"/>, <paramref name="top"/>), items not past <paramref name="right"/>.</summary>
    public void Reset(float left, float top, float right, float spacing)
    {
        _left = left;
        _right = right;
        _spacing = spacing;
        _cursorX = left;
        _lineTop = top;
        _lineHeight = 0f;
        _previousLineTop = top;
        _previousLineHeight = 0f;
        _previousItemRight = left;
    }

    /// <summary>Width left on the current line for the next item.</summary>
    public float RemainingWidth => MathF.Max(0f, _right - _cursorX);

    /// <summary>Where the next item would start, downward from the panel's top edge.</summary>
    public float CursorTop => _lineTop;

    /// <summary>Takes the next item's rectangle and moves the cursor to the start of the following line.</summary>
    public UiRect Next(float width, float height)
    {
        var rect = new UiRect(_cursorX, _lineTop, width, height);
        _lineHeight = MathF.Max(_lineHeight, height);
        _previousLineTop = _lineTop;
        _previousLineHeight = _lineHeight;
        _previousItemRight = rect.Right;
        _cursorX = _left;
        _lineTop += _lineHeight + _spacing;
        _lineHeight = 0f;
        return rect;
    }

    /// <summary>Puts the next item to the right of the previous one, on the same line.</summary>
    public void SameLine()
    {
        _cursorX = _previousItemRight + _spacing;
        _lineTop = _previousLineTop;
        _lineHeight = _previousLineHeight;
    }
}
