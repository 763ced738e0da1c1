using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// Tablet-press condition: true wear w (0 new, 1 = failure) grows while running as
/// dw/dt = r·(F/F_ref)^p·η (η a per-tick random factor, mean 1). Monitoring sees only features —
/// vibration RMS and kurtosis, compression-force relative deviation — each tracked as an EWMA and
/// scored against a healthy baseline. Wear estimate: the usage (load) model, raised to the
/// vibration-RMS inversion when the features are anomalous. RUL = (1 − ŵ)/(r·(F/F_ref)^p), reported as
/// a running minimum so it never increases between maintenances. <see cref="Anomalous"/> when the
/// anomaly score exceeds its threshold; the maintenance <see cref="Alert"/> when RUL ≤ the alert RUL.
/// </summary>
public sealed class PressHealth
{
    /// <summary>Running ticks (s) the healthy baseline is learned over after maintenance.</summary>
    public const int BaselineTicks = 600;

    /// <summary>EWMA time constant of the features, s.</summary>
    public const double FeatureTime = 60;

    /// <summary>RUL reported when no wear is expected, h.</summary>
    public const double MaxRul = 100_000;

    public double Wear { get; set; }

    public double WearEstimate { get; set; }

    /// <summary>Damage accumulated by the usage (load) model, 1.</summary>
    public double UsageDamage { get; set; }

    public EwmaFeature Rms { get; set; } = new();

    public EwmaFeature Kurtosis { get; set; } = new();

    public EwmaFeature ForceDeviation { get; set; } = new();

    /// <summary>Filtered mean compression force, N (the load for wear and RUL).</summary>
    public double MeanForce { get; set; }

    public double LastRms { get; set; }

    public double LastKurtosis { get; set; }

    public double AnomalyScore { get; set; }

    public double RulHours { get; set; } = MaxRul;

    /// <summary>This tick's wear-rate factor η.</summary>
    public double RateFactor { get; set; } = 1;

    public bool Alert { get; set; }

    public bool Anomalous { get; set; }

    public bool Failed { get; set; }

    /// <summary>Punch-length SD for the current wear, m.</summary>
    public double PunchSd(ReadOnlySpan<double> p) => (5e-6 + (p[CdcParameters.PunchVariation] * 1e-3 * Wear));

    /// <summary>Wear rate at the current load, 1/h.</summary>
    public double WearRate(ReadOnlySpan<double> p) =>
        p[CdcParameters.WearRate] * Math.Pow(Math.Max(0, MeanForce) / (p[CdcParameters.ReferenceForce] * 1000), p[CdcParameters.LoadExponent]);

    /// <summary>Updates the features from this tick's tablet force (N) and the estimate, score, RUL and alert.</summary>
    public void BeginTick(ReadOnlySpan<double> p, double force, TwinRandom random)
    {
        var alpha = 1 - Math.Exp(-1 / FeatureTime);
        MeanForce = MeanForce == 0 ? force : MeanForce + (alpha * (force - MeanForce));
        var (rms, kurtosis) = VibrationWindow.Measure(Wear, random);
        (LastRms, LastKurtosis) = (rms, kurtosis);
        var learning = Rms.BaselineCount < BaselineTicks;
        var deviation = MeanForce > 0 ? (force - MeanForce) / MeanForce : 0;
        Rms.Add(rms, alpha, learning);
        Kurtosis.Add(kurtosis, alpha, learning);
        ForceDeviation.Add(deviation * deviation, alpha, learning);
        AnomalyScore = Math.Max(Rms.Z(alpha), Math.Max(Kurtosis.Z(alpha), ForceDeviation.Z(alpha)));
        var rate = WearRate(p);
        UsageDamage += rate / 3600;
        var anomalous = Anomalous = AnomalyScore > p[CdcParameters.AnomalyThreshold];
        var fromVibration = Rms.BaselineMean > 0 ? Math.Sqrt(Math.Max(0, (Rms.Value / Rms.BaselineMean) - 1) / 3) : 0;
        WearEstimate = Math.Min(1, anomalous ? Math.Max(UsageDamage, fromVibration) : UsageDamage);
        var rul = rate > 0 ? Math.Min(MaxRul, (1 - WearEstimate) / rate) : MaxRul;
        RulHours = Math.Min(RulHours, rul);
        Alert = RulHours <= p[CdcParameters.AlertRul];
        RateFactor = Math.Max(0, 1 + (0.3 * random.NextGaussian()));
    }

    /// <summary>Wears the press for <paramref name="h"/> s of running; sets <see cref="Failed"/> at w ≥ 1.</summary>
    public void Run(ReadOnlySpan<double> p, double h)
    {
        Wear += WearRate(p) * RateFactor * h / 3600;
        if (Wear >= 1)
        {
            Failed = true;
        }
    }

    /// <summary>New punches and bearings: wear, estimate, baseline and RUL start over.</summary>
    public void Maintain()
    {
        (Wear, WearEstimate, UsageDamage, AnomalyScore, RulHours, Alert, Anomalous, Failed, MeanForce) = (0, 0, 0, 0, MaxRul, false, false, false, 0);
        Rms.Reset();
        Kurtosis.Reset();
        ForceDeviation.Reset();
    }
}
