namespace Metaverse.Twins.Plant.Bioreactor;

/// <summary>How a probe misreads for training: healthy, frozen at its last reading, or drifting away from the truth.</summary>
public enum ProbeFault
{
    None = 0,
    Stuck = 1,
    Drift = 2,
}
