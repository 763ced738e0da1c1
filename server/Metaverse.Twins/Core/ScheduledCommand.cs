namespace Metaverse.Twins.Core;

/// <summary>A command to apply when simulated time reaches <see cref="AtSeconds"/> (CLI <c>--event</c>, what-if runs).</summary>
public sealed record ScheduledCommand(double AtSeconds, TwinCommand Command);
