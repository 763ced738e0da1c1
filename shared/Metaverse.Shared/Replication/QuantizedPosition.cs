namespace Metaverse.Shared.Replication;

/// <summary>A position as grid indices of a <see cref="PositionQuantizer"/>, per axis.</summary>
public readonly record struct QuantizedPosition(uint X, uint Y, uint Z);
