using Metaverse.Twins.Numerics;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient;

/// <summary>
/// Integrates <see cref="PkPdSystem"/> through a dosing record with the adaptive Dormand–Prince
/// solver, stopping exactly at every dose, lag-shifted oral absorption start and infusion start/end
/// (the right-hand side is smooth in between). Buffers are reused: after the first runs a call
/// allocates nothing. Not thread-safe; one instance per thread.
/// </summary>
public sealed class PkPdSimulator(double relativeTolerance = 1e-10, double absoluteTolerance = 1e-12)
{
    private readonly DormandPrince45 _solver = new(PkPdSystem.Size, relativeTolerance, absoluteTolerance);
    private readonly double[] _y = new double[PkPdSystem.Size];
    private double[] _breaks = new double[64];

    public DormandPrince45 Solver => _solver;

    /// <summary>
    /// Starts at t = 0 h with empty compartments and the response at baseline, and writes the state
    /// after all doses due at each of <paramref name="timesH"/> (ascending, ≥ 0) into the outputs
    /// (central concentration mg/L, response; <paramref name="response"/> may be empty).
    /// </summary>
    public void Run(PkPdSystem system, DosingRecord record, ReadOnlySpan<double> timesH, Span<double> concMgPerL, Span<double> response)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfLessThan(concMgPerL.Length, timesH.Length, nameof(concMgPerL));
        var breaks = Breakpoints(record, system.Pk.LagH);
        var y = _y.AsSpan();
        y.Clear();
        y[PkPdSystem.Response] = system.Pd.Baseline;
        var (t, step, next, continuing) = (0.0, 0.0, 0, false);
        for (var i = 0; i < timesH.Length; i++)
        {
            var target = timesH[i];
            if (target < t)
            {
                throw new ArgumentException($"output times must be ascending and ≥ 0; {target} h follows {t} h", nameof(timesH));
            }

            while (true)
            {
                while (next < breaks.Length && breaks[next] <= t)
                {
                    Apply(ref system, record, breaks[next++], y);
                    continuing = false;
                }

                if (t >= target)
                {
                    break;
                }

                var until = next < breaks.Length ? Math.Min(breaks[next], target) : target;
                _solver.Integrate(ref system, t, until, y, ref step, continuing);
                (t, continuing) = (until, true);
            }

            concMgPerL[i] = y[PkPdSystem.Central] / system.V1L;
            if (!response.IsEmpty)
            {
                response[i] = y[PkPdSystem.Response];
            }
        }
    }

    /// <summary>The state vector after the last <see cref="Run"/> (see <see cref="PkPdSystem"/> for the layout).</summary>
    public ReadOnlySpan<double> State => _y;

    /// <summary>Applies the doses that start at <paramref name="time"/> and sets the infusion rate running from it.</summary>
    internal static void Apply(ref PkPdSystem system, DosingRecord record, double time, Span<double> y)
    {
        var rate = 0.0;
        foreach (var dose in record.Span)
        {
            switch (dose.Route)
            {
                case Route.IvBolus when dose.TimeH == time:
                    y[PkPdSystem.Central] += dose.AmountMg;
                    break;
                case Route.Oral when dose.TimeH + system.Pk.LagH == time:
                    y[PkPdSystem.Depot] += system.Pk.Bioavailability * dose.AmountMg;
                    break;
                case Route.IvInfusion when dose.TimeH <= time && time < dose.TimeH + dose.InfusionH:
                    rate += dose.RateMgPerH;
                    break;
                default:
                    break;
            }
        }

        system.InfusionMgPerH = rate;
    }

    private ReadOnlySpan<double> Breakpoints(DosingRecord record, double lagH)
    {
        var needed = 2 * record.Doses.Count;
        if (_breaks.Length < needed)
        {
            _breaks = new double[needed];
        }

        var count = 0;
        foreach (var dose in record.Span)
        {
            _breaks[count++] = dose.TimeH + (dose.Route == Route.Oral ? lagH : 0);
            if (dose.Route == Route.IvInfusion)
            {
                _breaks[count++] = dose.TimeH + dose.InfusionH;
            }
        }

        var span = _breaks.AsSpan(0, count);
        span.Sort();
        var unique = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (unique == 0 || span[i] != span[unique - 1])
            {
                span[unique++] = span[i];
            }
        }

        return span[..unique];
    }
}
