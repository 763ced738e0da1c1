namespace Metaverse.Twins.Patient.Pd;

/// <summary>
/// Fractional receptor occupancy at equilibrium (law of mass action, one site): RO = C/(Kd + C),
/// 0 ≤ RO &lt; 1, with the free concentration C and the dissociation constant Kd in the same unit.
/// </summary>
public static class ReceptorOccupancy
{
    /// <summary>Occupancy (fraction) for C and Kd both in mg/L.</summary>
    public static double Fraction(double concMgPerL, double kdMgPerL) =>
        concMgPerL <= 0 ? 0 : concMgPerL / (kdMgPerL + concMgPerL);

    /// <summary>Kd given in nmol/L converted to mg/L with the molar mass (g/mol): mg/L = nmol/L × g/mol × 1e-6.</summary>
    public static double KdMgPerL(double kdNanomolar, double molarMassGPerMol) => kdNanomolar * molarMassGPerMol * 1e-6;
}
