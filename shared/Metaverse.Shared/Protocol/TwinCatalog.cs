using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Server → client, ReliableOrdered on the control channel: every channel of every twin in the room,
/// sent on joining and again whenever the room's twins change (a twin created or removed). A channel's
/// index is its position in the flattened list (twins in order, their channels in order); snapshot
/// twin values refer to channels by that index and carry the catalog version they were encoded for.
/// </summary>
[MessagePackObject]
public sealed class TwinCatalog : ISessionMessage
{
    [Key(0)]
    public string RoomId { get; set; } = "";

    /// <summary>Increases whenever the catalog changes; values encoded for another version must be ignored.</summary>
    [Key(1)]
    public uint Version { get; set; }

    [Key(2)]
    public List<TwinDescription> Twins { get; set; } = [];
}
