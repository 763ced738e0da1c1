using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>One numbered channel of a twin.</summary>
[MessagePackObject]
public sealed class TwinChannelDescription
{
    /// <summary>Channel name within the twin, e.g. "feeder.api.flow".</summary>
    [Key(0)]
    public string Name { get; set; } = "";

    /// <summary>Unit as a UCUM code, e.g. "kg/h", "mg/L", "Cel", "%"; empty when dimensionless.</summary>
    [Key(1)]
    public string Unit { get; set; } = "";

    [Key(2)]
    public string Description { get; set; } = "";

    /// <summary>The server sends a new value only when it moved by more than this, in <see cref="Unit"/>.</summary>
    [Key(3)]
    public double Deadband { get; set; }
}
