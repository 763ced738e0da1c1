using Metaverse.Twins.Core;

namespace Metaverse.Server.Twins;

/// <summary>
/// A model the server can host: its kind name, how to create one from a seed, the fastest time scale
/// it may run at (simulated seconds per real second) and the roles whose commands may create or change
/// it (everyone in the room sees its channels).
/// </summary>
public sealed record TwinKind(string Name, Func<ulong, ITwin> Create, double MaxTimeScale, IReadOnlySet<string> CommandRoles)
{
    /// <summary>
    /// Creates one from the arguments of a <c>twin.create</c> command (id, seed, arguments), or the
    /// error naming the bad argument; null when the kind takes no arguments (then <see cref="Create"/> is used).
    /// </summary>
    public Func<string, ulong, IReadOnlyDictionary<string, string>, (ITwin? Twin, TwinError? Error)>? CreateFrom { get; init; }

    /// <summary>
    /// Rebuilds a saved twin (server restart). By default a new twin of this kind restores the snapshot;
    /// a kind whose twins cannot be created without arguments (a trial needs its spec) supplies its own.
    /// </summary>
    public Func<TwinSnapshot, (ITwin? Twin, TwinError? Error)>? FromSnapshot { get; init; }

    /// <summary>
    /// When true, every command to a twin of this kind carries the sender's identity in the reserved
    /// arguments of <see cref="TwinActor"/>, written by the server (whatever the client sent there is overwritten).
    /// </summary>
    public bool InjectsActor { get; init; }

    /// <summary>
    /// Actions only some of the <see cref="CommandRoles"/> may send (action → roles), e.g. a lab's reset;
    /// actions not listed are open to all command roles.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> ActionRoles { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    /// <summary>The roles that may send <paramref name="action"/> to a twin of this kind.</summary>
    public IReadOnlySet<string> RolesFor(string action) => ActionRoles.GetValueOrDefault(action) ?? CommandRoles;

    public (ITwin? Twin, TwinError? Error) Rebuild(TwinSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (FromSnapshot is { } rebuild)
        {
            return rebuild(snapshot);
        }

        var twin = Create(1);
        return twin.Restore(snapshot) is { } error ? (null, error) : (twin, null);
    }
}
