namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// One health feature: its EWMA (weight α per 1 s tick) and a healthy baseline (Welford mean and
/// variance of the raw per-tick values over the first <see cref="PressHealth.BaselineTicks"/> running
/// ticks after maintenance). z = (EWMA − μ)/(s·√(α/(2 − α))), the EWMA's own standard deviation.
/// </summary>
public sealed class EwmaFeature
{
    public double Value { get; set; }

    public double BaselineCount { get; set; }

    public double BaselineMean { get; set; }

    public double BaselineM2 { get; set; }

    public void Reset() => (Value, BaselineCount, BaselineMean, BaselineM2) = (0, 0, 0, 0);

    /// <summary>Adds one raw value; while the baseline is learned it is also a baseline sample.</summary>
    public void Add(double raw, double alpha, bool learning)
    {
        Value = BaselineCount == 0 && Value == 0 ? raw : Value + (alpha * (raw - Value));
        if (learning)
        {
            BaselineCount++;
            var delta = raw - BaselineMean;
            BaselineMean += delta / BaselineCount;
            BaselineM2 += delta * (raw - BaselineMean);
        }
    }

    /// <summary>One-sided z-score of the EWMA against the baseline (0 without a baseline).</summary>
    public double Z(double alpha)
    {
        if (BaselineCount < PressHealth.BaselineTicks)
        {
            return 0;
        }

        var sd = Math.Sqrt(BaselineM2 / (BaselineCount - 1)) * Math.Sqrt(alpha / (2 - alpha));
        return sd > 0 ? Math.Max(0, (Value - BaselineMean) / sd) : 0;
    }
}
