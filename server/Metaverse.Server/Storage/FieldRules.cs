namespace Metaverse.Server.Storage;

/// <summary>Limits every stored text field obeys, checked before a request reaches the writer queue.</summary>
internal static class FieldRules
{
    /// <summary>The longest text a field may hold, in UTF-16 chars (<see cref="string.Length"/>).</summary>
    public const int MaxLength = 4_096;

    /// <summary>A failure when <paramref name="value"/> is null, empty or too long; otherwise null.</summary>
    public static WriteResult? Required(string field, string? value) =>
        string.IsNullOrEmpty(value) ? WriteResult.Failure(field, $"{field} must not be empty") : Optional(field, value);

    /// <summary>A failure when <paramref name="value"/> is too long; otherwise null. Null is allowed.</summary>
    public static WriteResult? Optional(string field, string? value) =>
        value is not null && value.Length > MaxLength
            ? WriteResult.Failure(field, $"{field} is {value.Length} chars, the limit is {MaxLength}")
            : null;
}
