using System.Text.Json;

namespace Metaverse.Server.Auth;

/// <summary>The body of <c>POST /api/login</c>: <c>{"name": "...", "role": "..."}</c>, validated field by field.</summary>
public sealed record LoginRequest(string Name, string Role)
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

        return errors.Count > 0 ? (null, errors) : (new LoginRequest(name!, role!), errors);
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
}
