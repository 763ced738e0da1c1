using static Metaverse.Twins.Patient.Pk.ExpKernels;

namespace Metaverse.Twins.Patient.Pk;

/// <summary>
/// Amounts (mg) τ h after one dose, from the Laplace-domain solution of the linear model
/// (Gibaldi &amp; Perrier 1982, ch. 1–2; Rowland &amp; Tozer 2011, ch. 19): central input transfer
/// (s + k21)/((s+α)(s+β)), peripheral k12/((s+α)(s+β)), depot ka/(s + ka). For one compartment
/// α = β = k and k12 = k21 = 0, which reduces every expression to the 1-compartment form.
/// </summary>
internal static class UnitResponses
{
    /// <summary>Central and peripheral amounts τ h after <paramref name="centralMg"/> and <paramref name="peripheralMg"/> were present and no further input.</summary>
    public static Amounts Free(in MicroConstants m, double centralMg, double peripheralMg, double tau)
    {
        if (m.Compartments == 1)
        {
            return new Amounts(0, centralMg * Math.Exp(-m.K10 * tau), 0);
        }

        var e = E1(m.Alpha, m.Beta, tau);
        var decayBeta = Math.Exp(-m.Beta * tau);
        var central = (centralMg * (decayBeta + ((m.K21 - m.Alpha) * e))) + (peripheralMg * m.K21 * e);
        var peripheral = (centralMg * m.K12 * e) + (peripheralMg * (decayBeta + ((m.K10 + m.K12 - m.Alpha) * e)));
        return new Amounts(0, central, peripheral);
    }

    /// <summary>Amounts τ h after <paramref name="absorbedMg"/> (= F × dose) was put into the depot.</summary>
    public static Amounts Oral(in MicroConstants m, double absorbedMg, double tau)
    {
        var depot = absorbedMg * Math.Exp(-m.Ka * tau);
        if (m.Compartments == 1)
        {
            return new Amounts(depot, absorbedMg * m.Ka * E1(m.Ka, m.K10, tau), 0);
        }

        var e2 = E2(m.Ka, m.Alpha, m.Beta, tau);
        var central = absorbedMg * m.Ka * (E1(m.Ka, m.Beta, tau) + ((m.K21 - m.Alpha) * e2));
        return new Amounts(depot, central, absorbedMg * m.Ka * m.K12 * e2);
    }

    /// <summary>Amounts τ h after an infusion of <paramref name="rateMgPerH"/> lasting <paramref name="durationH"/> h started.</summary>
    public static Amounts Infusion(in MicroConstants m, double rateMgPerH, double durationH, double tau)
    {
        var during = Math.Min(tau, durationH);
        Amounts atEnd;
        if (m.Compartments == 1)
        {
            atEnd = new Amounts(0, rateMgPerH * E1(0, m.K10, during), 0);
        }
        else
        {
            var e2 = E2(0, m.Alpha, m.Beta, during);
            atEnd = new Amounts(0, rateMgPerH * (E1(0, m.Beta, during) + ((m.K21 - m.Alpha) * e2)), rateMgPerH * m.K12 * e2);
        }

        return tau <= durationH ? atEnd : Free(m, atEnd.CentralMg, atEnd.PeripheralMg, tau - durationH);
    }
}
