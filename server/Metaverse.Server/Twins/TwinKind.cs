using Metaverse.Twins.Core;

namespace Metaverse.Server.Twins;

/// <summary>
/// A model the server can host: its kind name, how to create one from a seed, the fastest time scale
/// it may run at (simulated seconds per real second) and the roles whose commands may change it
/// (everyone in the room sees its channels).
/// </summary>
public sealed record TwinKind(string Name, Func<ulong, ITwin> Create, double MaxTimeScale, IReadOnlySet<string> CommandRoles);
