namespace Metaverse.Twins.Patient.Trial;

/// <summary>Sample quantiles with linear interpolation between order statistics (Hyndman &amp; Fan type 7, R's default).</summary>
public static class Percentiles
{
    /// <summary>The <paramref name="p"/>-quantile (0–1) of <paramref name="sorted"/> (ascending, non-empty).</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("no values", nameof(sorted));
        }

        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }
}
