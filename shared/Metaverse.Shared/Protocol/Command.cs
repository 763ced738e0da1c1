using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Client → server, reliable-ordered: the client asks the server to act on a twin, an entity or the room;
/// the server validates it. At most one of <see cref="TwinId"/> and <see cref="EntityId"/> is set
/// (a command with both is refused); with neither it is a room-level action.
/// </summary>
[MessagePackObject]
public sealed class Command : ISessionMessage
{
    /// <summary>
    /// Client-chosen identifier (e.g. a GUID), 1–64 characters. A retry with the same request id is
    /// applied at most once; the server answers it with the original <see cref="CommandResult"/>.
    /// </summary>
    [Key(0)]
    public string RequestId { get; set; } = "";

    /// <summary>The twin the command acts on, e.g. "ctm-line-1"; nil when it targets none.</summary>
    [Key(1)]
    [MessagePackFormatter(typeof(OptionalStringFormatter))]
    public string? TwinId { get; set; }

    /// <summary>The replicated entity (avatar, annotation, pointer) the command acts on, by its entity id; nil when none.</summary>
    [Key(2)]
    public uint? EntityId { get; set; }

    /// <summary>Action name, e.g. "set_setpoint", "start", "stop", "annotate".</summary>
    [Key(3)]
    public string Action { get; set; } = "";

    /// <summary>
    /// Action arguments by name, values as text with units in the argument name or value as the
    /// action documents them (e.g. "channel" → "granulator.speed", "value" → "450", "unit" → "/min").
    /// </summary>
    [Key(4)]
    public Dictionary<string, string> Arguments { get; set; } = [];

    /// <summary>Why the user issued it (free text, recorded in the audit trail), may be empty.</summary>
    [Key(5)]
    public string Reason { get; set; } = "";
}
