using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// A loss-in-weight feeder: a hopper (kg) that delivers a commanded mass flow with correlated noise
/// (AR(1), relative SD σ, correlation time T_c). A refill tops the hopper up to capacity over the
/// refill duration; meanwhile the feeder runs volumetrically and over-feeds by a fraction A, which
/// then decays as A·e^(−t/τ_r). Flow is held constant over each 1 s control tick.
/// </summary>
public sealed class Feeder
{
    /// <summary>Hopper content, kg.</summary>
    public double Level { get; set; }

    /// <summary>Normalised AR(1) noise state (unit variance).</summary>
    public double Noise { get; set; }

    /// <summary>Seconds of refill left (0 when not refilling).</summary>
    public double RefillRemaining { get; set; }

    /// <summary>Refill inflow into the hopper, kg/s.</summary>
    public double RefillRate { get; set; }

    /// <summary>Seconds since the last refill ended (large when none).</summary>
    public double SinceRefill { get; set; } = 1e9;

    /// <summary>Flow delivered during the current tick, kg/s.</summary>
    public double Flow { get; set; }

    /// <summary>Flow the load cells report during the current tick, kg/s.</summary>
    public double MeasuredFlow { get; set; }

    public bool Refilling => RefillRemaining > 0;

    /// <summary>Starts a refill to <paramref name="capacity"/> kg over <paramref name="duration"/> s.</summary>
    public void StartRefill(double capacity, double duration)
    {
        RefillRemaining = duration;
        RefillRate = Math.Max(0, capacity - Level) / duration;
    }

    /// <summary>Draws this tick's flow (kg/s) for a commanded flow <paramref name="command"/> (kg/s).</summary>
    public void BeginTick(double command, double factor, ReadOnlySpan<double> p, TwinRandom random)
    {
        var phi = Math.Exp(-1.0 / p[CdcParameters.FeedNoiseTime]);
        Noise = (phi * Noise) + (Math.Sqrt(1 - (phi * phi)) * random.NextGaussian());
        var disturbance = Refilling
            ? p[CdcParameters.RefillDisturbance]
            : p[CdcParameters.RefillDisturbance] * Math.Exp(-SinceRefill / p[CdcParameters.RefillRecovery]);
        Flow = Level > 0 ? Math.Max(0, command * factor * (1 + (p[CdcParameters.FeedNoise] * Noise)) * (1 + disturbance)) : 0;
        MeasuredFlow = Flow * (1 + (p[CdcParameters.FlowMeasurementNoise] * random.NextGaussian()));
    }

    /// <summary>Runs the hopper for <paramref name="h"/> s; returns the mass delivered, kg (≤ what it holds).</summary>
    public double Deliver(double h)
    {
        if (Refilling)
        {
            var fill = Math.Min(h, RefillRemaining);
            Level += RefillRate * fill;
            RefillRemaining = fill < RefillRemaining ? RefillRemaining - fill : 0;
            SinceRefill = Refilling ? 0 : h - fill;
        }
        else
        {
            SinceRefill += h;
        }

        var delivered = Math.Min(Level, Flow * h);
        Level -= delivered;
        return delivered;
    }
}
