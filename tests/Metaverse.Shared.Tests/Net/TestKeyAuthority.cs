using System.Collections.Concurrent;
using System.Text;
using Metaverse.Shared.Net.Security;

namespace Metaverse.Shared.Tests.Net;

/// <summary>
/// The tests' stand-in for the sign-in: a connect token is a readable test id ("label#n", unique per issue) and the
/// server-side listener looks the session keys up by it. A token it never issued opens to nothing.
/// </summary>
internal static class TestKeyAuthority
{
    private static readonly ConcurrentDictionary<string, SessionKeys> Issued = new(StringComparer.Ordinal);
    private static int _next;

    /// <summary>Fresh keys and a unique token starting with <paramref name="label"/>.</summary>
    public static ConnectCredentials Issue(string label = "client")
    {
        var id = $"{label}#{Interlocked.Increment(ref _next)}";
        var keys = SessionKeys.Random();
        Issued[id] = keys;
        return new ConnectCredentials(Encoding.UTF8.GetBytes(id), keys);
    }

    /// <summary>The keys issued with <paramref name="token"/>, null for a token never issued.</summary>
    public static SessionKeys? Open(ReadOnlySpan<byte> token) => Issued.GetValueOrDefault(Encoding.UTF8.GetString(token));

    /// <summary>The label a token was issued for (its text before '#').</summary>
    public static string Label(ReadOnlySpan<byte> token)
    {
        var text = Encoding.UTF8.GetString(token);
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? text : text[..hash];
    }
}
