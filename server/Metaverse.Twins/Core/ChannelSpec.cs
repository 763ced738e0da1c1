namespace Metaverse.Twins.Core;

/// <summary>
/// A value a twin publishes every step. <see cref="Name"/> is dotted ("feeder.api.flow"),
/// <see cref="Unit"/> a UCUM code ("kg/h", "mg/L", "Cel", "%"; empty when dimensionless).
/// Replication sends a new value only when it moved by more than <see cref="Deadband"/> (in the unit).
/// </summary>
public sealed record ChannelSpec(string Name, string Unit, string Description, double Deadband = 0);
