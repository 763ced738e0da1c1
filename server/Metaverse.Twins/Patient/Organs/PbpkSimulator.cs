using Metaverse.Twins.Numerics;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient.Organs;

/// <summary>
/// Runs the PBPK model for a dosing record (no lag time: doses enter when given) with Dormand–Prince,
/// stopping exactly at every dose, infusion start and end, and output time. For tests, the CLI and
/// reports; the patient twin integrates the same <see cref="PbpkSystem"/> itself.
/// </summary>
public static class PbpkSimulator
{
    /// <summary>The PBPK state (see <see cref="PbpkSystem"/> indices) at each of <paramref name="timesH"/> (sorted, ≥ 0).</summary>
    public static double[][] Run(PbpkParameters parameters, DosingRecord record, IReadOnlyList<double> timesH, double relativeTolerance = 1e-10, double absoluteTolerance = 1e-12)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(timesH);
        var system = new PbpkSystem(parameters);
        var solver = new DormandPrince45(PbpkSystem.Size, relativeTolerance, absoluteTolerance);
        var y = new double[PbpkSystem.Size];
        var events = Events(record, timesH);
        var result = new double[timesH.Count][];
        var (t, step, output) = (0.0, 0.0, 0);
        foreach (var next in events)
        {
            solver.Integrate(ref system, t, next, y, ref step);
            t = next;
            system.InfusionMgPerH = 0;
            foreach (var dose in record.Span)
            {
                if (dose.TimeH == t)
                {
                    PbpkDose.Give(y, dose.Route, dose.AmountMg);
                }

                if (dose.Route == Route.IvInfusion && dose.TimeH <= t && t < dose.TimeH + dose.InfusionH)
                {
                    system.InfusionMgPerH += dose.RateMgPerH;
                }
            }

            while (output < timesH.Count && timesH[output] == t)
            {
                result[output++] = [.. y];
            }
        }

        return result;
    }

    /// <summary>All times where the integration must stop, sorted and distinct, starting at 0.</summary>
    private static double[] Events(DosingRecord record, IReadOnlyList<double> timesH)
    {
        var set = new SortedSet<double> { 0 };
        foreach (var t in timesH)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(t);
            set.Add(t);
        }

        foreach (var dose in record.Span)
        {
            set.Add(dose.TimeH);
            if (dose.Route == Route.IvInfusion)
            {
                set.Add(dose.TimeH + dose.InfusionH);
            }
        }

        return [.. set];
    }
}
