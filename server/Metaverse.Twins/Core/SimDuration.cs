using System.Globalization;

namespace Metaverse.Twins.Core;

/// <summary>
/// Durations as users write them: a number and a unit — "250ms", "30s", "1min", "8h", "14d" —
/// or a bare number of seconds.
/// </summary>
public static class SimDuration
{
    public const string Accepted = "a positive number with unit ms, s, min, h or d (e.g. 30s, 1min, 8h, 14d)";

    private static readonly (string Suffix, double Seconds)[] Units =
        [("ms", 1e-3), ("min", 60), ("s", 1), ("h", 3600), ("d", 86400)];

    /// <summary>Seconds, or an error naming <paramref name="field"/>.</summary>
    public static TwinError? TryParseSeconds(string? text, string field, out double seconds)
    {
        seconds = 0;
        var trimmed = text?.Trim() ?? string.Empty;
        var unit = Units.FirstOrDefault(u => trimmed.EndsWith(u.Suffix, StringComparison.OrdinalIgnoreCase));
        var number = unit.Suffix is null ? trimmed : trimmed[..^unit.Suffix.Length];
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value) || value < 0)
        {
            return new TwinError(field, Accepted, $"'{text}' is not a duration");
        }

        seconds = value * (unit.Suffix is null ? 1 : unit.Seconds);
        return null;
    }
}
