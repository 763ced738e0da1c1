namespace Metaverse.Twins.Patient.Estimation;

/// <summary>Which residual error terms a model has: additive (as nlme's default), proportional, or both.</summary>
public enum ResidualErrorKind
{
    Additive,
    Proportional,
    Combined,
}

/// <summary>
/// Residual error: Var(y | f) = <see cref="AdditiveSd"/>² + (<see cref="ProportionalSd"/> · f)², with the additive
/// SD in concentration units (mg/L) and the proportional SD a fraction. Unused terms are 0.
/// </summary>
public sealed record ResidualError(ResidualErrorKind Kind, double AdditiveSd, double ProportionalSd)
{
    public static ResidualError Additive(double sd) => new(ResidualErrorKind.Additive, sd, 0);

    /// <summary>Variance (concentration units²) at prediction <paramref name="f"/>.</summary>
    public double Variance(double f) => (AdditiveSd * AdditiveSd) + (ProportionalSd * ProportionalSd * f * f);

    /// <summary>d Var / d f at prediction <paramref name="f"/>.</summary>
    public double VarianceSlope(double f) => 2 * ProportionalSd * ProportionalSd * f;

    /// <summary>Number of estimated residual parameters.</summary>
    public int ParameterCount => Kind == ResidualErrorKind.Combined ? 2 : 1;
}
