namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// Real-time release of the current lot: the content (% label claim) of one tablet assayed every
/// sample period, accumulated as n, mean and sample SD; RSD and the USP &lt;905&gt; AV follow. A lot closes
/// after the lot duration of running; its AV is kept as <see cref="LastAv"/>.
/// </summary>
public sealed class ReleaseStatistics
{
    public double Lot { get; set; } = 1;

    public double LotElapsed { get; set; }

    public double SinceSample { get; set; }

    public double Count { get; set; }

    public double Mean { get; set; }

    public double M2 { get; set; }

    public double LastAv { get; set; }

    public double Sd => Count > 1 ? Math.Sqrt(M2 / (Count - 1)) : 0;

    public double Rsd => Mean > 0 ? 100 * Sd / Mean : 0;

    public double Av => Count > 0 ? AcceptanceValue.Compute(Mean, Sd, (int)Count) : 0;

    /// <summary>True when a tablet is due for assay this tick (the caller then calls <see cref="Add"/>).</summary>
    public bool Due(double periodSeconds)
    {
        SinceSample += 1;
        if (SinceSample < Math.Round(periodSeconds))
        {
            return false;
        }

        SinceSample = 0;
        return true;
    }

    public void Add(double content)
    {
        Count++;
        var delta = content - Mean;
        Mean += delta / Count;
        M2 += delta * (content - Mean);
    }

    /// <summary>Counts one running tick; closes the lot after <paramref name="lotSeconds"/>.</summary>
    public void Tick(double lotSeconds)
    {
        LotElapsed += 1;
        if (LotElapsed >= lotSeconds)
        {
            LastAv = Av;
            (Lot, LotElapsed, Count, Mean, M2) = (Lot + 1, 0, 0, 0, 0);
        }
    }
}
