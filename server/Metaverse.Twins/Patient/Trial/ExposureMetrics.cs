using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient.Trial;

/// <summary>
/// Exposure over an interval [from, to] h: Cmax, Tmax and Cmin (mg/L) on a grid of
/// <see cref="GridPoints"/> + 1 points, AUC (mg·h/L) exactly from the closed form, and time above a
/// threshold (h) with crossings interpolated linearly between grid points.
/// </summary>
public readonly record struct ExposureMetrics(double CmaxMgPerL, double TmaxH, double CminMgPerL, double AucMgHPerL, double TimeAboveH)
{
    public const int GridPoints = 2000;

    public static ExposureMetrics Compute(ClosedFormPk model, DosingRecord record, double fromH, double toH, double thresholdMgPerL)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (cmax, tmax, cmin, above) = (double.NegativeInfinity, fromH, double.PositiveInfinity, 0.0);
        var (previousT, previousC) = (fromH, 0.0);
        for (var i = 0; i <= GridPoints; i++)
        {
            var t = fromH + ((toH - fromH) * i / GridPoints);
            var c = model.ConcentrationAt(record, t);
            if (c > cmax)
            {
                (cmax, tmax) = (c, t);
            }

            cmin = Math.Min(cmin, c);
            if (i > 0)
            {
                above += TimeAbove(previousT, previousC, t, c, thresholdMgPerL);
            }

            (previousT, previousC) = (t, c);
        }

        var auc = model.CumulativeAuc(record, toH) - model.CumulativeAuc(record, fromH);
        return new ExposureMetrics(cmax, tmax, cmin, auc, above);
    }

    /// <summary>Part of [t0, t1] where the line through (t0, c0), (t1, c1) is at or above the threshold.</summary>
    internal static double TimeAbove(double t0, double c0, double t1, double c1, double threshold)
    {
        var (a, b) = (c0 >= threshold, c1 >= threshold);
        if (a && b)
        {
            return t1 - t0;
        }

        if (!a && !b)
        {
            return 0;
        }

        var crossing = t0 + ((t1 - t0) * (threshold - c0) / (c1 - c0));
        return a ? crossing - t0 : t1 - crossing;
    }
}
