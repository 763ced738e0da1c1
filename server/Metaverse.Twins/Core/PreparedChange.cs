namespace Metaverse.Twins.Core;

/// <summary>
/// A validated command not applied yet. The server writes the audit record (target, old value,
/// new value) first and calls <see cref="Apply"/> on the simulation thread once it is durable.
/// </summary>
public sealed class PreparedChange(string target, string? oldValue, string? newValue, Action apply)
{
    private bool _applied;

    /// <summary>What the command changes, e.g. "feeder.api.setpoint".</summary>
    public string Target => target;

    public string? OldValue => oldValue;

    public string? NewValue => newValue;

    /// <summary>Applies the change. Throws when called twice: a command applies once.</summary>
    public void Apply()
    {
        if (_applied)
        {
            throw new InvalidOperationException($"the change to {target} was already applied");
        }

        _applied = true;
        apply();
    }
}

/// <summary>The outcome of <see cref="ITwin.Prepare"/>: a change to apply or the reason it was refused.</summary>
public readonly record struct Preparation(PreparedChange? Change, TwinError? Error)
{
    public static implicit operator Preparation(PreparedChange change) => new(change, null);

    public static implicit operator Preparation(TwinError error) => new(null, error);

    public bool Succeeded => Change is not null;
}
