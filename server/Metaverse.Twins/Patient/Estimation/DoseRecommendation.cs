namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// A maintenance regimen: <see cref="DoseAmount"/> (the data set's amount unit, e.g. mg or mg/kg) every
/// <see cref="IntervalH"/> h; the doses that meet each target alone (null when not asked); and the steady-state
/// exposure of the recommended regimen: AUC over 24 h (concentration·h) and trough (just before a dose).
/// </summary>
public sealed record DoseRecommendation(double DoseAmount, double IntervalH, double? DoseForAuc, double? DoseForTrough, double Auc24SteadyState, double TroughSteadyState);
