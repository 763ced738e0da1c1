namespace Metaverse.Twins.Core;

/// <summary>What an action does and the arguments it takes, for help texts and client UIs.</summary>
public sealed record CommandSpec(string Action, string Description, IReadOnlyList<ArgumentSpec> Arguments);

/// <summary>One argument of an action: its name and the values it accepts, as users read them.</summary>
public sealed record ArgumentSpec(string Name, string AcceptedValues, string Description);
