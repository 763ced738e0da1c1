using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// Synthetic press-frame acceleration over one 1 s window (64 samples, m/s²): Gaussian broadband
/// vibration whose SD grows as σ0(1 + 3w²) with wear w, plus impacts (probability 0.2w⁴ per sample,
/// amplitude 6σ0(1 + w)) from worn punches and bearings. Returns the window's RMS and kurtosis.
/// </summary>
public static class VibrationWindow
{
    public const int Samples = 64;

    /// <summary>Baseline broadband SD of a new press, m/s².</summary>
    public const double BaseSd = 1.0;

    public static (double Rms, double Kurtosis) Measure(double wear, TwinRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var sd = BaseSd * (1 + (3 * wear * wear));
        var impactProbability = 0.2 * wear * wear * wear * wear;
        var impact = 6 * BaseSd * (1 + wear);
        double s1 = 0, s2 = 0, s3 = 0, s4 = 0;
        for (var i = 0; i < Samples; i++)
        {
            var x = sd * random.NextGaussian();
            if (random.NextDouble() < impactProbability)
            {
                x += random.NextDouble() < 0.5 ? impact : -impact;
            }

            var x2 = x * x;
            s1 += x;
            s2 += x2;
            s3 += x2 * x;
            s4 += x2 * x2;
        }

        const double n = Samples;
        var mean = s1 / n;
        var m2 = (s2 / n) - (mean * mean);
        var m4 = (s4 / n) - (4 * mean * s3 / n) + (6 * mean * mean * s2 / n) - (3 * mean * mean * mean * mean);
        return (Math.Sqrt(s2 / n), m2 > 0 ? m4 / (m2 * m2) : 3);
    }
}
