namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// Data-driven start for θ (no user guess needed): per subject, ke from the log-linear slope of the last three
/// positive levels, CL = total dose / AUC0–∞ (trapezoids + C_last/ke), ka = 1.5 / t_max; geometric means over
/// subjects (defaults ke 0.1, CL 1, ka 1 when a subject has too few levels). Crude for multiple-dose data,
/// which the pooled fit that follows corrects.
/// </summary>
internal static class StartValues
{
    public static double[] Theta(NonmemDataset data)
    {
        var ke = new List<double>();
        var cl = new List<double>();
        var ka = new List<double>();
        foreach (var s in data.Subjects)
        {
            var positive = Enumerable.Range(0, s.Count).Where(j => s.Observed[j] > 0).ToArray();
            if (positive.Length < 4)
            {
                continue;
            }

            var tail = positive[^3..];
            var slope = Slope([.. tail.Select(j => s.TimesH[j])], [.. tail.Select(j => Math.Log(s.Observed[j]))]);
            if (!(slope < 0))
            {
                continue;
            }

            var auc = 0.0;
            for (var j = 1; j < s.Count; j++)
            {
                auc += 0.5 * (s.Observed[j] + s.Observed[j - 1]) * (s.TimesH[j] - s.TimesH[j - 1]);
            }

            auc += s.Observed[positive[^1]] / -slope;
            var tmax = s.TimesH[positive.MaxBy(j => s.Observed[j])];
            ke.Add(-slope);
            cl.Add(s.Doses.Doses.Sum(d => d.AmountMg) / auc);
            ka.Add(1.5 / Math.Max(tmax, 0.1));
        }

        return [Math.Log(Geo(ke, 0.1)), Math.Log(Geo(ka, 1)), Math.Log(Geo(cl, 1))];
    }

    private static double Geo(List<double> values, double fallback) =>
        values.Count == 0 ? fallback : Math.Exp(values.Average(v => Math.Log(v)));

    private static double Slope(double[] x, double[] y)
    {
        var (mx, my) = (x.Average(), y.Average());
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var sxx = x.Sum(a => (a - mx) * (a - mx));
        return sxx > 0 ? sxy / sxx : double.NaN;
    }
}
