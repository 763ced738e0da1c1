using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Client → server, unreliable, after each snapshot decoded: the newest snapshot the client holds,
/// which the server may use as the next baseline.
/// </summary>
[MessagePackObject]
public sealed class SnapshotAck : ISessionMessage
{
    /// <summary>Tick of the newest snapshot the client decoded successfully.</summary>
    [Key(0)]
    public uint Tick { get; set; }

    /// <summary>
    /// <see cref="TwinCatalog.Version"/> the client decoded that snapshot's twin values with; 0 when it holds no
    /// catalog. The server counts twin values as delivered only when this matches what it encoded for.
    /// </summary>
    [Key(1)]
    public uint TwinCatalogVersion { get; set; }
}
