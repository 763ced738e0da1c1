using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Ui;

/// <summary>
/// Greedy word wrapping of message text, cached by text and width so that a message shown every frame is wrapped
/// once. A word wider than the width gets a line of its own (and overflows). Bounded like <see cref="UiTextCache"/>.
/// </summary>
internal sealed class UiTextWrap
{
    private const int Capacity = 256;

    private readonly Dictionary<string, Wrapped> _cache = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Wrap(string text, float width, float lineHeight, IFontMetrics font)
    {
        if (_cache.TryGetValue(text, out var cached) && cached.Width.Equals(width) && cached.LineHeight.Equals(lineHeight))
        {
            return cached.Lines;
        }

        if (_cache.Count >= Capacity)
        {
            _cache.Clear();
        }

        var lines = Split(text, width, lineHeight, font);
        _cache[text] = new Wrapped(width, lineHeight, lines);
        return lines;
    }

    private static List<string> Split(string text, float width, float lineHeight, IFontMetrics font)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = LineEnd(text, start, width, lineHeight, font);
            lines.Add(text[start..end].TrimEnd());
            start = end;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }
        }

        if (lines.Count == 0)
        {
            lines.Add(string.Empty);
        }

        return lines;
    }

    /// <summary>The end (exclusive) of the longest run of whole words from <paramref name="start"/> that fits, at least one word.</summary>
    private static int LineEnd(string text, int start, float width, float lineHeight, IFontMetrics font)
    {
        var end = WordEnd(text, start);
        while (end < text.Length)
        {
            var next = WordEnd(text, end);
            if (font.MeasureWidth(text.AsSpan(start, next - start).TrimEnd(), lineHeight) > width)
            {
                break;
            }

            end = next;
        }

        return end;
    }

    /// <summary>The end of the word at or after <paramref name="from"/>, including the spaces before it.</summary>
    private static int WordEnd(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        while (i < text.Length && text[i] != ' ')
        {
            i++;
        }

        return i;
    }

    private sealed record Wrapped(float Width, float LineHeight, List<string> Lines);
}
