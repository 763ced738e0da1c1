using Metaverse.Twins.Core;

namespace Metaverse.Server.Twins;

/// <summary>The models this server hosts, by kind name. Immutable once built.</summary>
public sealed class TwinKinds(IEnumerable<TwinKind> kinds)
{
    private readonly Dictionary<string, TwinKind> _kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The kind names, for error messages listing what is accepted.</summary>
    public string Names => string.Join(", ", _kinds.Keys.Order(StringComparer.Ordinal));

    public TwinKind? Find(string name) => _kinds.GetValueOrDefault(name);

    /// <summary>Creates a twin of a known kind, or an error naming <paramref name="field"/> and the kinds.</summary>
    public (ITwin? Twin, TwinKind? Kind, TwinError? Error) Create(string name, ulong seed, string field)
    {
        var kind = Find(name);
        return kind is null
            ? (null, null, new TwinError(field, Names, $"unknown twin kind '{name}'"))
            : (kind.Create(seed), kind, null);
    }
}
