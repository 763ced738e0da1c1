namespace Metaverse.Twins.Numerics;

/// <summary>
/// Embedded Runge–Kutta 5(4) of Dormand and Prince (J Comput Appl Math 6:19–26, 1980) with
/// per-component error control and the standard step-size controller (Hairer, Nørsett and
/// Wanner, Solving ODEs I, §II.4). Work arrays are allocated once, so <see cref="Integrate"/> does not
/// allocate. The proposed next step <see cref="StepSize"/> is state: snapshot it for exact restores.
/// </summary>
public sealed class DormandPrince
{
    private const double Safety = 0.9;
    private const double MinFactor = 0.2;
    private const double MaxFactor = 5.0;
    private readonly double[] _k1;
    private readonly double[] _k2;
    private readonly double[] _k3;
    private readonly double[] _k4;
    private readonly double[] _k5;
    private readonly double[] _k6;
    private readonly double[] _k7;
    private readonly double[] _stage;
    private readonly double[] _next;
    private readonly double[] _absoluteTolerance;

    public DormandPrince(int dimension, double relativeTolerance, double absoluteTolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(relativeTolerance);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(absoluteTolerance);
        Dimension = dimension;
        RelativeTolerance = relativeTolerance;
        (_k1, _k2, _k3, _k4, _k5, _k6, _k7) = (new double[dimension], new double[dimension], new double[dimension],
            new double[dimension], new double[dimension], new double[dimension], new double[dimension]);
        (_stage, _next) = (new double[dimension], new double[dimension]);
        _absoluteTolerance = Enumerable.Repeat(absoluteTolerance, dimension).ToArray();
    }

    public int Dimension { get; }

    public double RelativeTolerance { get; }

    /// <summary>Absolute tolerance per component, in that component's unit (settable per component).</summary>
    public Span<double> AbsoluteTolerance => _absoluteTolerance;

    /// <summary>The step the next call starts with (same time unit as t); 0 lets the solver pick one.</summary>
    public double StepSize { get; set; }

    /// <summary>Largest step allowed (0 = unbounded), e.g. to resolve a forcing the error estimate cannot see.</summary>
    public double MaxStep { get; set; }

    /// <summary>Accepted steps since construction (diagnostics, not state).</summary>
    public long AcceptedSteps { get; private set; }

    /// <summary>Rejected steps since construction (diagnostics, not state).</summary>
    public long RejectedSteps { get; private set; }

    /// <summary>Advances <paramref name="y"/> from <paramref name="t0"/> to exactly <paramref name="t1"/>.</summary>
    public void Integrate(IOdeSystem system, double t0, double t1, Span<double> y)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (y.Length != Dimension)
        {
            throw new ArgumentException($"y has {y.Length} components, the solver {Dimension}", nameof(y));
        }

        var span = t1 - t0;
        if (!(span > 0))
        {
            return;
        }

        var t = t0;
        var h = StepSize > 0 ? StepSize : span;
        system.Derivatives(t, y, _k1);
        while (t < t1)
        {
            h = MaxStep > 0 ? Math.Min(h, MaxStep) : h;
            var last = t + h >= t1 || t1 - (t + h) < 1e-12 * span;
            var step = last ? t1 - t : h;
            var error = TryStep(system, t, step, y);
            if (!double.IsFinite(error))
            {
                h = step * MinFactor;
                RejectedSteps++;
                continue;
            }

            var factor = error == 0 ? MaxFactor : Math.Clamp(Safety * Math.Pow(error, -0.2), MinFactor, MaxFactor);
            if (error <= 1)
            {
                _next.AsSpan().CopyTo(y);
                _k7.AsSpan().CopyTo(_k1);
                t = last ? t1 : t + step;
                AcceptedSteps++;
                if (!last || factor < 1 || step >= h)
                {
                    h = step * factor;
                }
            }
            else
            {
                h = step * Math.Max(factor, MinFactor);
                RejectedSteps++;
                if (h < 1e-14 * Math.Max(1, Math.Abs(t)))
                {
                    throw new InvalidOperationException($"step size underflow at t = {t}: the system is too stiff or singular");
                }
            }
        }

        StepSize = h;
    }

    /// <summary>One trial step; leaves the 5th-order result in _next, f(t+h) in _k7; returns the scaled error norm.</summary>
    private double TryStep(IOdeSystem system, double t, double h, ReadOnlySpan<double> y)
    {
        var n = Dimension;
        for (var i = 0; i < n; i++)
        {
            _stage[i] = y[i] + (h * (1.0 / 5) * _k1[i]);
        }

        system.Derivatives(t + (h / 5), _stage, _k2);
        for (var i = 0; i < n; i++)
        {
            _stage[i] = y[i] + (h * ((3.0 / 40 * _k1[i]) + (9.0 / 40 * _k2[i])));
        }

        system.Derivatives(t + (h * 3 / 10), _stage, _k3);
        for (var i = 0; i < n; i++)
        {
            _stage[i] = y[i] + (h * ((44.0 / 45 * _k1[i]) - (56.0 / 15 * _k2[i]) + (32.0 / 9 * _k3[i])));
        }

        system.Derivatives(t + (h * 4 / 5), _stage, _k4);
        for (var i = 0; i < n; i++)
        {
            _stage[i] = y[i] + (h * ((19372.0 / 6561 * _k1[i]) - (25360.0 / 2187 * _k2[i]) + (64448.0 / 6561 * _k3[i]) - (212.0 / 729 * _k4[i])));
        }

        system.Derivatives(t + (h * 8 / 9), _stage, _k5);
        for (var i = 0; i < n; i++)
        {
            _stage[i] = y[i] + (h * ((9017.0 / 3168 * _k1[i]) - (355.0 / 33 * _k2[i]) + (46732.0 / 5247 * _k3[i]) + (49.0 / 176 * _k4[i]) - (5103.0 / 18656 * _k5[i])));
        }

        system.Derivatives(t + h, _stage, _k6);
        for (var i = 0; i < n; i++)
        {
            _next[i] = y[i] + (h * ((35.0 / 384 * _k1[i]) + (500.0 / 1113 * _k3[i]) + (125.0 / 192 * _k4[i]) - (2187.0 / 6784 * _k5[i]) + (11.0 / 84 * _k6[i])));
        }

        system.Derivatives(t + h, _next, _k7);
        return ErrorNorm(h, y);
    }

    /// <summary>RMS over components of (y5 − y4) / (atol + rtol·max(|y|, |y5|)).</summary>
    private double ErrorNorm(double h, ReadOnlySpan<double> y)
    {
        var sum = 0.0;
        for (var i = 0; i < Dimension; i++)
        {
            var difference = h * ((71.0 / 57600 * _k1[i]) - (71.0 / 16695 * _k3[i]) + (71.0 / 1920 * _k4[i]) - (17253.0 / 339200 * _k5[i]) + (22.0 / 525 * _k6[i]) - (1.0 / 40 * _k7[i]));
            var scale = _absoluteTolerance[i] + (RelativeTolerance * Math.Max(Math.Abs(y[i]), Math.Abs(_next[i])));
            var ratio = difference / scale;
            sum += ratio * ratio;
        }

        return Math.Sqrt(sum / Dimension);
    }
}
