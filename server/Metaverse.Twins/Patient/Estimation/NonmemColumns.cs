namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// The standard NONMEM data items this reader understands (header names are case-insensitive).
/// ID, TIME and DV are required; AMT (0), EVID (1 when AMT &gt; 0, else 0), MDV (1 for doses, else 0),
/// CMT (1) and RATE (0) default as in NONMEM when absent. Any other numeric column is a covariate.
/// </summary>
public static class NonmemColumns
{
    public const string Id = "ID";
    public const string Time = "TIME";
    public const string Dv = "DV";
    public const string Amt = "AMT";
    public const string Evid = "EVID";
    public const string Mdv = "MDV";
    public const string Cmt = "CMT";
    public const string Rate = "RATE";

    /// <summary>Columns a data set must have.</summary>
    public static readonly string[] Required = [Id, Time, Dv];

    /// <summary>All standard items (the rest are covariates).</summary>
    public static readonly string[] Standard = [Id, Time, Dv, Amt, Evid, Mdv, Cmt, Rate];
}
