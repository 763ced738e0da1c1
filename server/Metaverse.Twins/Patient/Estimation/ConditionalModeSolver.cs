namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// Finds <see cref="ConditionalMode"/> by Gauss–Newton (Fisher scoring) with a backtracking line search on
/// ℓ(η) = Σ_j [log R_j + r_j²/R_j] + ηᵀΩ⁻¹η; ∂f/∂η by central differences (step 1e-5 on the log scale).
/// Converges when the step is below 1e-10 (log scale), so FOCE objectives are smooth enough for numerical derivatives.
/// </summary>
public sealed class ConditionalModeSolver
{
    private const double FdStep = 1e-5;
    private const int MaxIterations = 200;

    /// <summary>Below this step (log scale) ℓ changes by less than its rounding error, so the Gauss–Newton step is taken whole.</summary>
    private const double TrustedStep = 1e-5;
    private readonly SubjectData _subject;
    private readonly PopulationModel _model;
    private readonly double[,] _omegaInverse;
    private readonly double _logDetOmega;
    private readonly int _q;
    private readonly int _n;
    private readonly double[] _phi = new double[OralOneCompartment.Count];
    private readonly double[] _f;
    private readonly double[] _work;
    private readonly double[][] _g;

    public ConditionalModeSolver(SubjectData subject, PopulationModel model, double[,] omegaInverse, double logDetOmega)
    {
        _subject = subject ?? throw new ArgumentNullException(nameof(subject));
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _omegaInverse = omegaInverse;
        _logDetOmega = logDetOmega;
        _q = model.RandomCount;
        _n = subject.Count;
        _f = new double[_n];
        _work = new double[_n];
        _g = [.. Enumerable.Range(0, _q).Select(_ => new double[_n])];
    }

    /// <summary>Solves from <paramref name="start"/> (length q; zeros when null).</summary>
    public ConditionalMode Solve(ReadOnlySpan<double> start)
    {
        var eta = start.Length == _q ? start.ToArray() : new double[_q];
        var gradient = new double[_q];
        var step = new double[_q];
        var trial = new double[_q];
        var iterations = 0;
        var converged = false;
        var objective = Objective(eta, _f);
        while (iterations < MaxIterations && !converged)
        {
            iterations++;
            var information = Linearise(eta, gradient);
            var l = Numerics.Cholesky.Factor(SmallMatrix.Symmetrize(information));
            if (l is null || !double.IsFinite(objective))
            {
                break;
            }

            for (var k = 0; k < _q; k++)
            {
                step[k] = -gradient[k];
            }

            SmallMatrix.Solve(l, step);
            var slope = 2 * Dot(gradient, step);
            var t = 1.0;
            double next;
            while (true)
            {
                for (var k = 0; k < _q; k++)
                {
                    trial[k] = eta[k] + (t * step[k]);
                }

                next = Objective(trial, _work);
                if ((double.IsFinite(next) && next <= objective + (1e-4 * t * slope)) || t < 1e-10 || MaxAbs(step) < TrustedStep)
                {
                    break;
                }

                t *= 0.5;
            }

            var moved = t * MaxAbs(step);
            if (!(next <= objective) && moved >= TrustedStep)
            {
                converged = moved < 1e-6;
                break;
            }

            trial.CopyTo(eta, 0);
            objective = Math.Min(objective, next);
            converged = moved < 1e-10;
        }

        return Finish(eta, gradient, iterations, converged);
    }

    private ConditionalMode Finish(double[] eta, double[] gradient, int iterations, bool converged)
    {
        var information = Linearise(eta, gradient);
        var sum = 0.0;
        for (var j = 0; j < _n; j++)
        {
            var r = _subject.Observed[j] - _f[j];
            var v = _model.Residual.Variance(_f[j]);
            sum += Math.Log(2 * Math.PI * v) + (r * r / v);
        }

        sum += Quadratic(eta) + _logDetOmega + SmallMatrix.LogDet(information);
        return new ConditionalMode(eta, information, sum, iterations, converged);
    }

    /// <summary>ℓ(η) (without constants); predictions into <paramref name="f"/>.</summary>
    private double Objective(ReadOnlySpan<double> eta, double[] f)
    {
        Predict(eta, f);
        var sum = Quadratic(eta);
        for (var j = 0; j < _n; j++)
        {
            var r = _subject.Observed[j] - f[j];
            var v = _model.Residual.Variance(f[j]);
            sum += Math.Log(v) + (r * r / v);
        }

        return sum;
    }

    /// <summary>Predictions, ∂f/∂η at η into _f/_g; returns A and sets ½∇ℓ into <paramref name="gradient"/>.</summary>
    private double[,] Linearise(double[] eta, double[] gradient)
    {
        Predict(eta, _f);
        var shifted = (double[])eta.Clone();
        for (var k = 0; k < _q; k++)
        {
            shifted[k] = eta[k] + FdStep;
            Predict(shifted, _g[k]);
            shifted[k] = eta[k] - FdStep;
            Predict(shifted, _work);
            shifted[k] = eta[k];
            for (var j = 0; j < _n; j++)
            {
                _g[k][j] = (_g[k][j] - _work[j]) / (2 * FdStep);
            }
        }

        var a = (double[,])_omegaInverse.Clone();
        for (var k = 0; k < _q; k++)
        {
            gradient[k] = 0;
            for (var m = 0; m < _q; m++)
            {
                gradient[k] += _omegaInverse[k, m] * eta[m];
            }
        }

        for (var j = 0; j < _n; j++)
        {
            var r = _subject.Observed[j] - _f[j];
            var v = _model.Residual.Variance(_f[j]);
            var dv = _model.Residual.VarianceSlope(_f[j]);
            var w = (1 / v) + (0.5 * dv * dv / (v * v));
            var c = (-r / v) + (0.5 * dv * ((1 / v) - (r * r / (v * v))));
            for (var k = 0; k < _q; k++)
            {
                gradient[k] += c * _g[k][j];
                for (var m = 0; m < _q; m++)
                {
                    a[k, m] += w * _g[k][j] * _g[m][j];
                }
            }
        }

        return a;
    }

    private void Predict(ReadOnlySpan<double> eta, double[] f)
    {
        _model.Phi(eta, _phi);
        OralOneCompartment.Predict(_subject, _phi, _subject.TimesH, f);
    }

    private double Quadratic(ReadOnlySpan<double> eta)
    {
        var sum = 0.0;
        for (var k = 0; k < _q; k++)
        {
            for (var m = 0; m < _q; m++)
            {
                sum += eta[k] * _omegaInverse[k, m] * eta[m];
            }
        }

        return sum;
    }

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    private static double MaxAbs(double[] a) => a.Max(Math.Abs);
}
