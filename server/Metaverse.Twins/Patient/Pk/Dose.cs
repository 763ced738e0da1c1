namespace Metaverse.Twins.Patient.Pk;

/// <summary>
/// One administration: at <paramref name="TimeH"/> h, <paramref name="AmountMg"/> mg by <paramref name="Route"/>;
/// <paramref name="InfusionH"/> is the infusion duration in h (used only by <see cref="Route.IvInfusion"/>, &gt; 0 there).
/// </summary>
public readonly record struct Dose(double TimeH, double AmountMg, Route Route, double InfusionH = 0)
{
    /// <summary>Infusion rate in mg/h (0 for other routes).</summary>
    public double RateMgPerH => Route == Route.IvInfusion ? AmountMg / InfusionH : 0;
}
