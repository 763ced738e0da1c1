namespace Metaverse.Twins.Core;

/// <summary>
/// A request to change a twin: an action ("setpoint", "refill", "fault", ...) and its arguments as
/// invariant-culture strings, exactly as they arrive on the wire or from the command line.
/// </summary>
public sealed record TwinCommand(string Action, IReadOnlyDictionary<string, string> Arguments)
{
    public static TwinCommand Of(string action, params (string Key, string Value)[] arguments) =>
        new(action, arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal));

    public string? Argument(string key) => Arguments.GetValueOrDefault(key);
}
