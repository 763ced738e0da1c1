using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>Server → client, reliable-ordered, exactly one per distinct <see cref="Command.RequestId"/>.</summary>
[MessagePackObject]
public sealed class CommandResult : ISessionMessage
{
    /// <summary>The request id of the <see cref="Command"/> this answers.</summary>
    [Key(0)]
    public string RequestId { get; set; } = "";

    /// <summary>True when the command was validated and applied.</summary>
    [Key(1)]
    public bool Ok { get; set; }

    /// <summary>When rejected because of one argument: its name (e.g. "value"); empty otherwise.</summary>
    [Key(2)]
    public string ErrorField { get; set; } = "";

    /// <summary>
    /// When rejected because of one argument: the accepted range or set, human-readable with units,
    /// e.g. "200–600 /min"; empty otherwise.
    /// </summary>
    [Key(3)]
    public string AcceptedRange { get; set; } = "";

    /// <summary>Human-readable outcome or error, e.g. "value 900 /min is above the maximum 600 /min".</summary>
    [Key(4)]
    public string Message { get; set; } = "";
}
