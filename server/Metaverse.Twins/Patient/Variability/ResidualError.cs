using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Variability;

/// <summary>
/// Residual (measurement and model) error on a concentration: Y = C·(1 + ε_p) + ε_a with
/// ε_p ~ N(0, <see cref="ProportionalSd"/>²) (fraction) and ε_a ~ N(0, <see cref="AdditiveSdMgPerL"/>²) (mg/L).
/// Additive only: ProportionalSd = 0; proportional only: AdditiveSdMgPerL = 0; both: combined.
/// </summary>
public readonly record struct ResidualError(double AdditiveSdMgPerL, double ProportionalSd)
{
    /// <summary>Standard deviation of Y at concentration C: √(σa² + σp²C²), mg/L.</summary>
    public double SdAt(double concMgPerL) =>
        Math.Sqrt((AdditiveSdMgPerL * AdditiveSdMgPerL) + (ProportionalSd * ProportionalSd * concMgPerL * concMgPerL));

    /// <summary>One observation of <paramref name="concMgPerL"/> (may be negative with additive error, as in NONMEM).</summary>
    public double Observe(double concMgPerL, TwinRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var proportional = ProportionalSd == 0 ? 0 : ProportionalSd * random.NextGaussian();
        var additive = AdditiveSdMgPerL == 0 ? 0 : AdditiveSdMgPerL * random.NextGaussian();
        return (concMgPerL * (1 + proportional)) + additive;
    }
}
