using System.Globalization;

namespace Metaverse.Server.Storage;

/// <summary>
/// The one text form of a UTC instant in the database: ISO-8601 with 7 fractional digits and 'Z'
/// (<c>2025-01-31T12:34:56.1234567Z</c>). Fixed width, so text order is time order.
/// </summary>
internal static class UtcText
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string From(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
