using System.Runtime.Intrinsics;

namespace Metaverse.Twins.Patient.Pk;

/// <summary>
/// A single-dose concentration written as C(t) = Σ cⱼ·e^(−λⱼ·(t − t0)) for t ≥ t0, else 0 (mg/L, h):
/// the classic macro-constant form (Gibaldi &amp; Perrier 1982) for 1-/2-compartment bolus and oral doses.
/// It needs distinct rates, so <see cref="TryCreate"/> refuses ka ≈ k, α or β (use <see cref="ClosedFormPk"/>,
/// which takes the limit there). <see cref="AddTo"/> is the fast, allocation-free, SIMD evaluation
/// over a time array used for large simulations and benchmarks.
/// </summary>
public sealed class ExponentialSum
{
    private readonly double[] _c;
    private readonly double[] _lambda;

    private ExponentialSum(double[] c, double[] lambda, double t0) => (_c, _lambda, StartH) = (c, lambda, t0);

    /// <summary>Dose time plus lag, h.</summary>
    public double StartH { get; }

    public int Terms => _c.Length;

    /// <summary>The sum for one IV bolus or oral dose; null for infusions or (near-)coincident rates.</summary>
    public static ExponentialSum? TryCreate(PkParameters p, Dose dose)
    {
        ArgumentNullException.ThrowIfNull(p);
        var m = MicroConstants.From(p);
        var scale = dose.AmountMg / p.V1L;
        if (dose.Route == Route.IvInfusion)
        {
            return null;
        }

        if (dose.Route == Route.IvBolus)
        {
            return m.Compartments == 1
                ? new([scale], [m.K10], dose.TimeH)
                : new([scale * (m.Alpha - m.K21) / (m.Alpha - m.Beta), scale * (m.K21 - m.Beta) / (m.Alpha - m.Beta)], [m.Alpha, m.Beta], dose.TimeH);
        }

        var (ka, start) = (m.Ka, dose.TimeH + p.LagH);
        var oral = p.Bioavailability * scale * ka;
        if (Close(ka, m.Alpha) || Close(ka, m.Beta))
        {
            return null;
        }

        if (m.Compartments == 1)
        {
            var c = oral / (ka - m.K10);
            return new([c, -c], [m.K10, ka], start);
        }

        var (a, b) = (m.Alpha, m.Beta);
        return new(
            [oral * (m.K21 - a) / ((ka - a) * (b - a)), oral * (m.K21 - b) / ((ka - b) * (a - b)), oral * (m.K21 - ka) / ((a - ka) * (b - ka))],
            [a, b, ka],
            start);
    }

    /// <summary>Adds this dose's concentration at each time (h) to <paramref name="concMgPerL"/>.</summary>
    public void AddTo(ReadOnlySpan<double> timesH, Span<double> concMgPerL)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concMgPerL.Length, timesH.Length, nameof(concMgPerL));
        var i = 0;
        if (Vector256.IsHardwareAccelerated && _c.Length <= 3)
        {
            i = AddVectorized(timesH, concMgPerL);
        }

        for (; i < timesH.Length; i++)
        {
            var tau = timesH[i] - StartH;
            if (tau >= 0)
            {
                var sum = 0.0;
                for (var j = 0; j < _c.Length; j++)
                {
                    sum += _c[j] * Math.Exp(-_lambda[j] * tau);
                }

                concMgPerL[i] += sum;
            }
        }
    }

    private int AddVectorized(ReadOnlySpan<double> timesH, Span<double> concMgPerL)
    {
        var n = Vector256<double>.Count;
        var start = Vector256.Create(StartH);
        var terms = _c.Length;
        var (c0, c1, c2) = (Vector256.Create(_c[0]), Vector256.Create(terms > 1 ? _c[1] : 0), Vector256.Create(terms > 2 ? _c[2] : 0));
        var (l0, l1, l2) = (Vector256.Create(-_lambda[0]), Vector256.Create(terms > 1 ? -_lambda[1] : 0), Vector256.Create(terms > 2 ? -_lambda[2] : 0));
        var i = 0;
        for (; i <= timesH.Length - n; i += n)
        {
            var tau = Vector256.Create(timesH.Slice(i, n)) - start;
            var sum = c0 * Vector256.Exp(l0 * tau);
            if (terms > 1)
            {
                sum += c1 * Vector256.Exp(l1 * tau);
            }

            if (terms > 2)
            {
                sum += c2 * Vector256.Exp(l2 * tau);
            }

            var given = Vector256.GreaterThanOrEqual(tau, Vector256<double>.Zero);
            var result = Vector256.Create((ReadOnlySpan<double>)concMgPerL.Slice(i, n)) + Vector256.ConditionalSelect(given, sum, Vector256<double>.Zero);
            result.CopyTo(concMgPerL.Slice(i, n));
        }

        return i;
    }

    private static bool Close(double x, double y) => Math.Abs(x - y) <= 1e-6 * Math.Max(x, y);
}
