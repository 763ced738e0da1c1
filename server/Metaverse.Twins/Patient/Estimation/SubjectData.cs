using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// One subject of a NONMEM-style data set: its dosing record (mg, or the data set's amount unit),
/// observation times (h, ascending) with observed concentrations (DV, mg/L or the data set's unit),
/// and covariates (name → first non-missing value; names lower-case).
/// </summary>
public sealed record SubjectData(string Id, DosingRecord Doses, double[] TimesH, double[] Observed, IReadOnlyDictionary<string, double> Covariates)
{
    /// <summary>Number of observations.</summary>
    public int Count => TimesH.Length;
}
