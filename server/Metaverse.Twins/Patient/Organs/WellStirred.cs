namespace Metaverse.Twins.Patient.Organs;

/// <summary>
/// The well-stirred organ (Rowland, Benet &amp; Graham, J Pharmacokinet Biopharm 1:123–136, 1973) in plasma
/// terms: an organ with blood flow Q (L/h), blood:plasma ratio B:P and unbound clearance X = fu·CL_u,int
/// (L/h) clears CL_p = Q·B:P·X / (Q·B:P + X) of plasma (L/h); the fraction escaping one pass is
/// F = Q·B:P / (Q·B:P + X).
/// </summary>
public static class WellStirred
{
    public static double PlasmaClearance(double flowLPerH, double bloodPlasmaRatio, double unboundClearanceLPerH)
    {
        var qb = flowLPerH * bloodPlasmaRatio;
        return qb * unboundClearanceLPerH / (qb + unboundClearanceLPerH);
    }

    public static double Escaping(double flowLPerH, double bloodPlasmaRatio, double unboundClearanceLPerH)
    {
        var qb = flowLPerH * bloodPlasmaRatio;
        return qb / (qb + unboundClearanceLPerH);
    }

    /// <summary>The unbound clearance X giving plasma clearance <paramref name="plasmaClearanceLPerH"/> (must be &lt; Q·B:P).</summary>
    public static double UnboundClearanceFor(double flowLPerH, double bloodPlasmaRatio, double plasmaClearanceLPerH)
    {
        var qb = flowLPerH * bloodPlasmaRatio;
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(plasmaClearanceLPerH, qb);
        ArgumentOutOfRangeException.ThrowIfNegative(plasmaClearanceLPerH);
        return qb * plasmaClearanceLPerH / (qb - plasmaClearanceLPerH);
    }
}
