namespace Metaverse.Twins.Numerics;

/// <summary>
/// Adaptive explicit Runge–Kutta 5(4) of Dormand &amp; Prince (J Comput Appl Math 6:19–26, 1980):
/// fifth-order solution, embedded fourth-order error estimate, first-same-as-last stages, step
/// control on the RMS of err_i / (atol + rtol·max(|y_i|, |y_new,i|)). Work arrays are allocated once
/// in the constructor; <see cref="Integrate{TSystem}"/> allocates nothing. Not thread-safe.
/// </summary>
public sealed class DormandPrince45
{
    private const double Safety = 0.9;
    private const double MinFactor = 0.2;
    private const double MaxFactor = 5.0;
    private readonly int _n;
    private readonly double[] _k;
    private readonly double[] _stage;
    private readonly double[] _next;
    private bool _firstStageValid;

    public DormandPrince45(int dimension, double relativeTolerance = 1e-10, double absoluteTolerance = 1e-12)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(relativeTolerance);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(absoluteTolerance);
        (_n, RelativeTolerance, AbsoluteTolerance) = (dimension, relativeTolerance, absoluteTolerance);
        _k = new double[7 * dimension];
        _stage = new double[dimension];
        _next = new double[dimension];
    }

    public double RelativeTolerance { get; }

    public double AbsoluteTolerance { get; }

    /// <summary>Longest step the controller may take, in the system's time unit (default: unbounded).</summary>
    public double MaxStep { get; set; } = double.PositiveInfinity;

    /// <summary>Accepted steps since construction (for benchmarks and tests).</summary>
    public long AcceptedSteps { get; private set; }

    /// <summary>Rejected steps since construction.</summary>
    public long RejectedSteps { get; private set; }

    /// <summary>
    /// Advances <paramref name="y"/> in place from <paramref name="t0"/> to <paramref name="t1"/> (t1 ≥ t0).
    /// <paramref name="step"/> is the step to try first (≤ 0: choose one) and returns the step the
    /// controller proposes next, so a caller integrating interval by interval keeps its step size.
    /// <paramref name="continuing"/>: the previous call ended at <paramref name="t0"/> with this <paramref name="y"/>
    /// and the system has not changed since, so its last stage is f(t0, y) and is reused (first same as last).
    /// </summary>
    public void Integrate<TSystem>(ref TSystem system, double t0, double t1, Span<double> y, ref double step, bool continuing = false)
        where TSystem : IOdeSystem
    {
        if (y.Length != _n || system.Dimension != _n)
        {
            throw new ArgumentException($"the solver was built for dimension {_n}", nameof(y));
        }

        if (!(t1 >= t0))
        {
            throw new ArgumentOutOfRangeException(nameof(t1), $"t1 = {t1} must be ≥ t0 = {t0}");
        }

        if (t1 == t0)
        {
            return;
        }

        var h = Math.Min(MaxStep, step > 0 && double.IsFinite(step) ? step : 0.01 * (t1 - t0));
        var t = t0;
        if (!continuing || !_firstStageValid)
        {
            system.Derivatives(t, y, _k.AsSpan(0, _n));
        }

        _firstStageValid = true;
        while (t < t1)
        {
            var last = t + h >= t1;
            var hTry = last ? t1 - t : h;
            var error = Attempt(ref system, t, hTry, y);
            if (error <= 1)
            {
                t = last ? t1 : t + hTry;
                _next.AsSpan().CopyTo(y);
                _k.AsSpan(6 * _n, _n).CopyTo(_k.AsSpan(0, _n));
                AcceptedSteps++;
                var grow = error == 0 ? MaxFactor : Math.Min(MaxFactor, Safety * Math.Pow(error, -0.2));
                h = Math.Min(MaxStep, last && hTry < h ? h : hTry * grow);
            }
            else
            {
                RejectedSteps++;
                h = hTry * Math.Max(MinFactor, Safety * Math.Pow(error, -0.2));
                if (h < 1e-14 * Math.Max(1, Math.Abs(t)))
                {
                    throw new InvalidOperationException($"step size underflow at t = {t}: the system is too stiff or not finite");
                }
            }
        }

        step = h;
    }

    /// <summary>One trial step of size h from (t, y): fills <c>_next</c> and stage 7, returns the scaled error norm.</summary>
    private double Attempt<TSystem>(ref TSystem system, double t, double h, ReadOnlySpan<double> y)
        where TSystem : IOdeSystem
    {
        var n = _n;
        var k = _k.AsSpan();
        var k1 = k[..n];
        var k2 = k.Slice(n, n);
        var k3 = k.Slice(2 * n, n);
        var k4 = k.Slice(3 * n, n);
        var k5 = k.Slice(4 * n, n);
        var k6 = k.Slice(5 * n, n);
        var k7 = k.Slice(6 * n, n);
        var s = _stage.AsSpan();
        var next = _next.AsSpan();
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * (1.0 / 5 * k1[i]));
        }

        system.Derivatives(t + (h / 5), s, k2);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((3.0 / 40 * k1[i]) + (9.0 / 40 * k2[i])));
        }

        system.Derivatives(t + (h * 3 / 10), s, k3);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((44.0 / 45 * k1[i]) - (56.0 / 15 * k2[i]) + (32.0 / 9 * k3[i])));
        }

        system.Derivatives(t + (h * 4 / 5), s, k4);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((19372.0 / 6561 * k1[i]) - (25360.0 / 2187 * k2[i]) + (64448.0 / 6561 * k3[i]) - (212.0 / 729 * k4[i])));
        }

        system.Derivatives(t + (h * 8 / 9), s, k5);
        for (var i = 0; i < n; i++)
        {
            s[i] = y[i] + (h * ((9017.0 / 3168 * k1[i]) - (355.0 / 33 * k2[i]) + (46732.0 / 5247 * k3[i]) + (49.0 / 176 * k4[i]) - (5103.0 / 18656 * k5[i])));
        }

        system.Derivatives(t + h, s, k6);
        for (var i = 0; i < n; i++)
        {
            next[i] = y[i] + (h * ((35.0 / 384 * k1[i]) + (500.0 / 1113 * k3[i]) + (125.0 / 192 * k4[i]) - (2187.0 / 6784 * k5[i]) + (11.0 / 84 * k6[i])));
        }

        system.Derivatives(t + h, next, k7);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var e = h * ((71.0 / 57600 * k1[i]) - (71.0 / 16695 * k3[i]) + (71.0 / 1920 * k4[i]) - (17253.0 / 339200 * k5[i]) + (22.0 / 525 * k6[i]) - (1.0 / 40 * k7[i]));
            var scale = AbsoluteTolerance + (RelativeTolerance * Math.Max(Math.Abs(y[i]), Math.Abs(next[i])));
            var r = e / scale;
            sum += r * r;
        }

        var norm = Math.Sqrt(sum / n);
        return double.IsFinite(norm) ? norm : double.PositiveInfinity;
    }
}
