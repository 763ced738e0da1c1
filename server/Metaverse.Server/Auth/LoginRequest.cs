using System.Text.Json;
using Metaverse.Shared.Net.Security;

namespace Metaverse.Server.Auth;

/// <summary>
/// The body of <c>POST /api/login</c>: <c>{"name": "...", "role": "...", "ciphers": ["aes-256-gcm", "chacha20-poly1305"]}</c>,
/// validated field by field. <c>ciphers</c> (optional) lists the seal ciphers the client runs; names this server does not
/// know are passed over, and without any it seals with ChaCha20-Poly1305.
/// </summary>
public sealed record LoginRequest(string Name, string Role, IReadOnlyList<SealCipher> Ciphers)
{
    public const int MaxNameLength = 32;

    /// <summary>Parses and validates; on failure, errors per field (as in an RFC 9457 validation problem).</summary>
    public static (LoginRequest? Request, Dictionary<string, string[]> Errors) Parse(string body)
    {
        var errors = new Dictionary<string, string[]>();
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException e)
        {
            errors["body"] = [$"not valid JSON: {e.Message}"];
            return (null, errors);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = ["must be a JSON object with \"name\" and \"role\""];
            return (null, errors);
        }

        var name = Text(root, "name");
        var role = Text(root, "role")?.ToLowerInvariant();
        if (name is null || name.Length is 0 or > MaxNameLength || !name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.'))
        {
            errors["name"] = [$"must be 1–{MaxNameLength} letters, digits, spaces or -_."];
        }

        if (role is null || Roles.IndexOf(role) < 0)
        {
            errors["role"] = [$"must be one of: {string.Join(", ", Roles.All)}"];
        }

        var ciphers = new List<SealCipher>();
        if (root.TryGetProperty("ciphers", out var offered))
        {
            if (offered.ValueKind != JsonValueKind.Array || offered.GetArrayLength() > 16 || offered.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String))
            {
                errors["ciphers"] = ["must be an array of at most 16 cipher names, e.g. [\"aes-256-gcm\", \"chacha20-poly1305\"]"];
            }
            else
            {
                ciphers.AddRange(offered.EnumerateArray().Select(c => SealCiphers.TryParse(c.GetString(), out var cipher) ? (SealCipher?)cipher : null).OfType<SealCipher>());
            }
        }

        return errors.Count > 0 ? (null, errors) : (new LoginRequest(name!, role!, ciphers), errors);
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
}
