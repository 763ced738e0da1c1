namespace Metaverse.Twins.Patient.Pk;

/// <summary>
/// Rate constants of a compartmental model (1/h): k10 = CL/V1, k12 = Q/V1, k21 = Q/V2, ka, and the
/// disposition eigenvalues α ≥ β of the 2-compartment model, roots of s² − (k10+k12+k21)s + k10·k21
/// (Gibaldi &amp; Perrier 1982, ch. 2). For one compartment α = β = k10 and k12 = k21 = 0.
/// β is computed as k10·k21/α to avoid cancellation.
/// </summary>
public readonly record struct MicroConstants(int Compartments, double K10, double K12, double K21, double Ka, double Alpha, double Beta)
{
    public static MicroConstants From(PkParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var k10 = p.ClLPerH / p.V1L;
        if (p.Compartments == 1)
        {
            return new MicroConstants(1, k10, 0, 0, p.KaPerH, k10, k10);
        }

        var k12 = p.QLPerH / p.V1L;
        var k21 = p.QLPerH / p.V2L;
        var sum = k10 + k12 + k21;
        var alpha = 0.5 * (sum + Math.Sqrt((sum * sum) - (4 * k10 * k21)));
        return new MicroConstants(2, k10, k12, k21, p.KaPerH, alpha, k10 * k21 / alpha);
    }
}
