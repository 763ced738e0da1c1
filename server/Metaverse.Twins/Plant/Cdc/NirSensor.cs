using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// NIR blend-uniformity sensor at the blender outlet: every sample period it reports the outlet API
/// mass fraction plus Gaussian prediction error and a drift (a training fault: drift grows at a fixed
/// rate until cleared). The reading is held between samples.
/// </summary>
public sealed class NirSensor
{
    /// <summary>Last reported API mass fraction, 1.</summary>
    public double Reading { get; set; }

    /// <summary>Seconds since the last sample.</summary>
    public double SinceSample { get; set; } = 1e9;

    /// <summary>Accumulated calibration drift, mass fraction.</summary>
    public double Drift { get; set; }

    /// <summary>Drift rate while the drift fault is active, mass fraction per second.</summary>
    public double DriftRate { get; set; }

    /// <summary>Advances one 1 s tick; returns true when a new sample was taken.</summary>
    public bool BeginTick(ReadOnlySpan<double> p, double trueFraction, TwinRandom random)
    {
        Drift += DriftRate;
        SinceSample += 1;
        if (SinceSample < Math.Round(p[CdcParameters.NirPeriod]))
        {
            return false;
        }

        SinceSample = 0;
        Reading = trueFraction + Drift + (p[CdcParameters.NirNoise] / 100 * random.NextGaussian());
        return true;
    }
}
