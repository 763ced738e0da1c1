namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// Quasi-Newton (BFGS, inverse-Hessian form) minimisation with central-difference gradients and an Armijo
/// backtracking line search; non-finite values count as +∞. Stops when the largest gradient component is
/// below <c>gradientTolerance</c>, or the objective stops decreasing.
/// </summary>
internal static class Bfgs
{
    public sealed record Result(double[] X, double Value, int Iterations, bool Converged);

    public static Result Minimize(Func<double[], double> f, double[] x0, double gradientTolerance, int maxIterations, Action<int>? onIteration = null)
    {
        var n = x0.Length;
        var x = (double[])x0.Clone();
        var fx = Safe(f(x));
        var g = NumericalDerivatives.Gradient(f, x, 1e-4);
        var h = Identity(n, 1 / Math.Max(1, g.Max(Math.Abs)));
        var firstUpdate = true;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            onIteration?.Invoke(iteration);
            if (g.Max(Math.Abs) < gradientTolerance)
            {
                return new Result(x, fx, iteration - 1, true);
            }

            var d = new double[n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    d[i] -= h[i, j] * g[j];
                }
            }

            var slope = Dot(g, d);
            if (slope >= 0)
            {
                h = Identity(n, 1 / Math.Max(1, g.Max(Math.Abs)));
                d = [.. g.Select(v => -v * h[0, 0])];
                slope = Dot(g, d);
            }

            var (t, fNew, xNew) = LineSearch(f, x, fx, d, slope);
            if (t == 0)
            {
                return new Result(x, fx, iteration, g.Max(Math.Abs) < 100 * gradientTolerance);
            }

            var gNew = NumericalDerivatives.Gradient(f, xNew, 1e-4);
            var s = xNew.Zip(x, (a, b) => a - b).ToArray();
            var y = gNew.Zip(g, (a, b) => a - b).ToArray();
            var sy = Dot(s, y);
            if (sy > 1e-12)
            {
                if (firstUpdate)
                {
                    h = Identity(n, sy / Dot(y, y));
                    firstUpdate = false;
                }

                Update(h, s, y, sy);
            }

            var decrease = fx - fNew;
            (x, fx, g) = (xNew, fNew, gNew);
            if (decrease < 1e-9 && s.Max(Math.Abs) < 1e-7)
            {
                return new Result(x, fx, iteration, g.Max(Math.Abs) < 100 * gradientTolerance);
            }
        }

        return new Result(x, fx, maxIterations, false);
    }

    private static (double T, double Value, double[] X) LineSearch(Func<double[], double> f, double[] x, double fx, double[] d, double slope)
    {
        var t = 1.0;
        var trial = new double[x.Length];
        while (t > 1e-12)
        {
            for (var i = 0; i < x.Length; i++)
            {
                trial[i] = x[i] + (t * d[i]);
            }

            var value = Safe(f(trial));
            if (value <= fx + (1e-4 * t * slope))
            {
                return (t, value, trial);
            }

            t *= 0.5;
        }

        return (0, fx, x);
    }

    /// <summary>H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 / sᵀy.</summary>
    private static void Update(double[,] h, double[] s, double[] y, double sy)
    {
        var n = s.Length;
        var hy = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                hy[i] += h[i, j] * y[j];
            }
        }

        var yhy = Dot(y, hy);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                h[i, j] += (((sy + yhy) * s[i] * s[j]) / (sy * sy)) - (((hy[i] * s[j]) + (s[i] * hy[j])) / sy);
            }
        }
    }

    private static double[,] Identity(int n, double scale)
    {
        var m = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            m[i, i] = scale;
        }

        return m;
    }

    private static double Safe(double v) => double.IsFinite(v) ? v : double.PositiveInfinity;

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
