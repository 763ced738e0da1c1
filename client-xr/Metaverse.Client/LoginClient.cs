using System.Net.Http.Json;
using System.Text.Json;
using Metaverse.Shared.Net.Security;

namespace Metaverse.Client;

/// <summary>A successful <c>POST /api/login</c>: the connect token and session keys for the UDP transport, and the server's UDP port.</summary>
public sealed record LoginResult(ConnectCredentials Credentials, int UdpPort, string Name, string Role)
{
    /// <summary>When the session this sign-in opens ends unless refreshed (UTC); unknown (the maximum) when the server did not say.</summary>
    public DateTimeOffset ExpiresUtc { get; init; } = DateTimeOffset.MaxValue;
}

/// <summary>The login failed: the HTTP status (0 when there was no answer) and the body the server sent (an RFC 9457 problem document).</summary>
public sealed class LoginException : Exception
{
    public LoginException()
    {
    }

    public LoginException(string message)
        : base(message)
    {
    }

    public LoginException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LoginException(string message, int statusCode, string body, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Body = body;
    }

    /// <summary>HTTP status code, 0 when the request got no HTTP answer.</summary>
    public int StatusCode { get; }

    /// <summary>Response body as received (for a rejected login, the problem-details JSON).</summary>
    public string Body { get; } = string.Empty;
}

/// <summary>
/// <c>POST {api}/api/login {"name", "role"}</c> → token and UDP port (docs/SESSION_PROTOCOL.md, step 1).
/// Does not own the <see cref="HttpClient"/>.
/// </summary>
public sealed class LoginClient(HttpClient http, Uri apiBase)
{
    public const string StudentRole = "student";

    /// <summary>The API base, ending in '/' so that a path prefix (http://host/prefix) is kept.</summary>
    public Uri ApiBase { get; } = WithTrailingSlash(apiBase ?? throw new ArgumentNullException(nameof(apiBase)));

    /// <summary>Logs in with an HTTP client of its own (10 s timeout), for a sign-in now and then such as a session refresh.</summary>
    public static async Task<LoginResult> SignInAsync(Uri apiBase, string name, string role, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        return await new LoginClient(http, apiBase).LoginAsync(name, role, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Logs in; throws <see cref="LoginException"/> naming the HTTP status and the server's problem details on failure.</summary>
    public async Task<LoginResult> LoginAsync(string name, string role = StudentRole, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(role);
        var url = new Uri(ApiBase, "api/login");
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync(url, new LoginBody(name, role, [.. SealCiphers.Supported.Select(SealCiphers.Name)]), cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new LoginException($"login at {url} failed: {e.Message}", 0, string.Empty, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LoginException($"login at {url} timed out", 0, string.Empty, e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                throw new LoginException($"login at {url} failed: HTTP {status} {response.ReasonPhrase}: {Describe(body)}", status, body);
            }

            return Parse(body, status, url);
        }
    }

    /// <summary>Reads the success body: <c>token</c>, <c>clientToServerKey</c>, <c>serverToClientKey</c> (base64) and <c>udpPort</c> are required.</summary>
    internal static LoginResult Parse(string body, int status, Uri url)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("token", out var tokenElement) || tokenElement.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("clientToServerKey", out var upKey) || upKey.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("serverToClientKey", out var downKey) || downKey.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("udpPort", out var portElement) || !portElement.TryGetInt32(out var port))
            {
                throw new LoginException(
                    $"login at {url} answered HTTP {status} without \"token\", \"clientToServerKey\", \"serverToClientKey\" (base64) and \"udpPort\": {Describe(body)}", status, body);
            }

            var token = Convert.FromBase64String(tokenElement.GetString()!);
            var cipherName = root.TryGetProperty("cipher", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : SealCiphers.Name(SealCipher.ChaCha20Poly1305);
            if (!SealCiphers.TryParse(cipherName, out var cipher) || !SealCiphers.Supported.Contains(cipher))
            {
                throw new LoginException($"login at {url} chose the seal cipher \"{cipherName}\", which this client does not run (it offered {string.Join(", ", SealCiphers.Supported.Select(SealCiphers.Name))})", status, body);
            }

            var keys = new SessionKeys(Convert.FromBase64String(upKey.GetString()!), Convert.FromBase64String(downKey.GetString()!), cipher);
            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : string.Empty;
            var role = root.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : string.Empty;
            var expires = root.TryGetProperty("expiresUtc", out var e) && e.TryGetDateTimeOffset(out var at) ? at : DateTimeOffset.MaxValue;
            return new LoginResult(new ConnectCredentials(token, keys), port, name, role) { ExpiresUtc = expires };
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            throw new LoginException($"login at {url} answered HTTP {status} with an unreadable body ({e.Message}): {body}", status, body, e);
        }
    }

    /// <summary>The problem document's title and field errors on one line, or the raw body.</summary>
    internal static string Describe(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return body;
            }

            var parts = new List<string>();
            if (root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
            {
                parts.Add(title.GetString()!);
            }

            if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
            {
                parts.Add(detail.GetString()!);
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in errors.EnumerateObject())
                {
                    var messages = field.Value.ValueKind == JsonValueKind.Array
                        ? string.Join("; ", field.Value.EnumerateArray().Select(m => m.ToString()))
                        : field.Value.ToString();
                    parts.Add($"{field.Name}: {messages}");
                }
            }

            return parts.Count > 0 ? string.Join(" — ", parts) : body;
        }
        catch (JsonException)
        {
            return body.Length == 0 ? "(empty body)" : body;
        }
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.IsAbsoluteUri && !uri.AbsolutePath.EndsWith('/') ? new Uri(uri.GetLeftPart(UriPartial.Path) + "/") : uri;

    /// <summary>The request: who, in which role, and the seal ciphers this machine runs (fastest first).</summary>
    private sealed record LoginBody(string Name, string Role, IReadOnlyList<string> Ciphers);
}
