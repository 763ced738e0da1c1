namespace Metaverse.Twins.Patient.Estimation;

/// <summary>Central-difference gradient, Hessian and Jacobian (absolute steps, for parameters of order 1).</summary>
internal static class NumericalDerivatives
{
    public static double[] Gradient(Func<double[], double> f, double[] x, double h)
    {
        var g = new double[x.Length];
        var probe = (double[])x.Clone();
        for (var i = 0; i < x.Length; i++)
        {
            probe[i] = x[i] + h;
            var up = f(probe);
            probe[i] = x[i] - h;
            var down = f(probe);
            probe[i] = x[i];
            g[i] = (up - down) / (2 * h);
        }

        return g;
    }

    public static double[,] Hessian(Func<double[], double> f, double[] x, double h)
    {
        var n = x.Length;
        var hess = new double[n, n];
        var probe = (double[])x.Clone();
        var f0 = f(x);
        for (var i = 0; i < n; i++)
        {
            probe[i] = x[i] + h;
            var up = f(probe);
            probe[i] = x[i] - h;
            var down = f(probe);
            probe[i] = x[i];
            hess[i, i] = (up - (2 * f0) + down) / (h * h);
            for (var j = 0; j < i; j++)
            {
                hess[i, j] = hess[j, i] = Mixed(f, probe, i, j, h);
            }
        }

        return hess;
    }

    public static double[,] Jacobian(Func<double[], double[]> f, double[] x, double h)
    {
        var m = f(x).Length;
        var jac = new double[m, x.Length];
        var probe = (double[])x.Clone();
        for (var j = 0; j < x.Length; j++)
        {
            probe[j] = x[j] + h;
            var up = f(probe);
            probe[j] = x[j] - h;
            var down = f(probe);
            probe[j] = x[j];
            for (var i = 0; i < m; i++)
            {
                jac[i, j] = (up[i] - down[i]) / (2 * h);
            }
        }

        return jac;
    }

    private static double Mixed(Func<double[], double> f, double[] probe, int i, int j, double h)
    {
        var (xi, xj) = (probe[i], probe[j]);
        double At(double di, double dj)
        {
            probe[i] = xi + di;
            probe[j] = xj + dj;
            var v = f(probe);
            (probe[i], probe[j]) = (xi, xj);
            return v;
        }

        return (At(h, h) - At(h, -h) - At(-h, h) + At(-h, -h)) / (4 * h * h);
    }
}
