namespace Metaverse.Twins.Patient.Estimation;

/// <summary>One parsed data row (line = 1-based line number in the file), NONMEM defaults applied.</summary>
internal readonly record struct NonmemRow(int Line, string Id, double TimeH, double Dv, double Amt, int Evid, int Mdv, int Cmt, double Rate, double[] Covariates);
