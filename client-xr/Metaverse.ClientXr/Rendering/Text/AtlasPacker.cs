namespace Metaverse.ClientXr.Rendering.Text;

/// <summary>Shelf packing of rectangles into a fixed-width atlas: left to right, a new shelf when a row is full.</summary>
internal sealed class AtlasPacker(int width, int padding)
{
    private readonly int _padding = padding;
    private int _x = padding;
    private int _y = padding;
    private int _shelfHeight;

    public int Width { get; } = width;

    /// <summary>Height used so far, including the _padding below the last shelf.</summary>
    public int UsedHeight => _y + _shelfHeight + _padding;

    /// <summary>The top-left of a free <paramref name="w"/>×<paramref name="h"/> rectangle.</summary>
    public (int X, int Y) Place(int w, int h)
    {
        if (w + (2 * _padding) > Width)
        {
            throw new ArgumentOutOfRangeException(nameof(w), w, $"wider than the {Width} px atlas");
        }

        if (_x + w + _padding > Width)
        {
            _x = _padding;
            _y += _shelfHeight + _padding;
            _shelfHeight = 0;
        }

        var place = (_x, _y);
        _x += w + _padding;
        _shelfHeight = Math.Max(_shelfHeight, h);
        return place;
    }
}
