namespace Metaverse.Shared.Net.Simulation;

/// <summary>What the simulator decided for one datagram; delays in microseconds.</summary>
internal readonly record struct DatagramFate(bool Drop, bool Duplicate, bool Reordered, long FirstDelayMicros, long SecondDelayMicros);
