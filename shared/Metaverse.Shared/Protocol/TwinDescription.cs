using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>One twin of a <see cref="TwinCatalog"/> and its channels, in index order.</summary>
[MessagePackObject]
public sealed class TwinDescription
{
    /// <summary>Twin identifier, e.g. "cdc-line-1" or "patient-0042".</summary>
    [Key(0)]
    public string TwinId { get; set; } = "";

    /// <summary>The model, e.g. "cdc-line", "bioreactor", "lyophilizer", "patient".</summary>
    [Key(1)]
    public string Kind { get; set; } = "";

    [Key(2)]
    public List<TwinChannelDescription> Channels { get; set; } = [];
}
