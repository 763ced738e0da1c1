namespace Metaverse.Server.Cli.Output;

/// <summary>A linear axis range widened to "nice" tick steps (1, 2 or 5 × 10^k), about six ticks.</summary>
internal readonly record struct Axis(double Min, double Max, double Step)
{
    public static Axis Fit(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        var (low, high) = finite.Length == 0 ? (0.0, 1.0) : (finite.Min(), finite.Max());
        if (high - low < 1e-12 * Math.Max(1, Math.Abs(high)))
        {
            (low, high) = (low - (0.5 * Math.Max(1e-9, Math.Abs(low))), high + (0.5 * Math.Max(1e-9, Math.Abs(high))));
        }

        var step = NiceStep((high - low) / 6);
        return new Axis(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    /// <summary>Where <paramref name="value"/> lies between Min (0) and Max (1).</summary>
    public double Fraction(double value) => double.IsFinite(value) ? (value - Min) / (Max - Min) : 0;

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        for (var i = 0; i <= count; i++)
        {
            yield return Math.Round((Min + (i * Step)) / Step) * Step;
        }
    }

    private static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        return magnitude * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }
}
