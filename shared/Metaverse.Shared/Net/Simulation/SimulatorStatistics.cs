namespace Metaverse.Shared.Net.Simulation;

/// <summary>Counts of what the simulator did to the datagrams offered to it.</summary>
public sealed class SimulatorStatistics
{
    public long Offered { get; internal set; }

    public long Dropped { get; internal set; }

    public long Duplicated { get; internal set; }

    public long Reordered { get; internal set; }

    public long SendErrors { get; internal set; }
}
