using System.Globalization;
using Metaverse.Server.Storage;
using Microsoft.AspNetCore.Http;

namespace Metaverse.Server.Http;

/// <summary>Reads the query string of <c>GET /api/audit</c> into an <see cref="AuditFilter"/>, naming each bad parameter.</summary>
internal static class AuditQuery
{
    public static (AuditFilter? Filter, Dictionary<string, string[]> Errors) Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        var limit = Integer(query, "limit", 100, 1, AuditFilter.MaxLimit, errors);
        var offset = Integer(query, "offset", 0, 0, long.MaxValue, errors);
        var from = Time(query, "from", errors);
        var to = Time(query, "to", errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new AuditFilter
        {
            Actor = Text(query, "actor"),
            Room = Text(query, "room"),
            Action = Text(query, "action"),
            FromUtc = from,
            ToUtc = to,
            Limit = (int)limit,
            Offset = offset,
        }, errors);
    }

    private static string? Text(IQueryCollection query, string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;

    private static long Integer(IQueryCollection query, string name, long fallback, long min, long max, Dictionary<string, string[]> errors)
    {
        if (!query.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors[name] = [$"must be a whole number in {min}–{max}, got '{text}'"];
        }

        return value;
    }

    private static DateTimeOffset? Time(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        if (!query.TryGetValue(name, out var text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        errors[name] = [$"must be an ISO-8601 time such as 2026-11-22T10:00:00Z, got '{text}'"];
        return null;
    }
}
