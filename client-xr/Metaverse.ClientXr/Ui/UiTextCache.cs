using System.Globalization;

namespace Metaverse.ClientXr.Ui;

/// <summary>
/// Strings the UI shows but the caller did not hand over as-is (a label's visible part, a formatted number), kept by
/// key so that an unchanged frame allocates nothing. Bounded: cleared when it grows past <see cref="Capacity"/> entries.
/// </summary>
internal sealed class UiTextCache
{
    private const int Capacity = 4096;

    private readonly Dictionary<int, string> _visible = [];
    private readonly Dictionary<int, Formatted> _numbers = [];
    private readonly Dictionary<int, string> _tails = [];

    /// <summary>The visible part of <paramref name="label"/> (the label itself when it has no <c>##</c> suffix).</summary>
    public string Visible(int id, string label)
    {
        var visible = UiId.Visible(label);
        if (visible.Length == label.Length)
        {
            return label;
        }

        if (_visible.TryGetValue(id, out var cached) && visible.SequenceEqual(cached))
        {
            return cached;
        }

        Bound(_visible);
        return _visible[id] = visible.ToString();
    }

    /// <summary><paramref name="value"/> through a composite <paramref name="format"/> (<c>{0}</c> the value, <c>{1}</c> the unit).</summary>
    public string Number(int key, float value, string format, string unit = "")
    {
        if (_numbers.TryGetValue(key, out var cached) && cached.Value.Equals(value)
            && ReferenceEquals(cached.Format, format) && ReferenceEquals(cached.Unit, unit))
        {
            return cached.Text;
        }

        Bound(_numbers);
        var text = string.Format(CultureInfo.InvariantCulture, format, value, unit);
        _numbers[key] = new Formatted(value, format, unit, text);
        return text;
    }

    /// <summary><paramref name="text"/> from <paramref name="start"/> on (the text itself when that is 0).</summary>
    public string Tail(int id, string text, int start)
    {
        if (start == 0)
        {
            return text;
        }

        var tail = text.AsSpan(start);
        if (_tails.TryGetValue(id, out var cached) && tail.SequenceEqual(cached))
        {
            return cached;
        }

        Bound(_tails);
        return _tails[id] = tail.ToString();
    }

    private static void Bound<T>(Dictionary<int, T> cache)
    {
        if (cache.Count >= Capacity)
        {
            cache.Clear();
        }
    }

    private readonly record struct Formatted(float Value, string Format, string Unit, string Text);
}
