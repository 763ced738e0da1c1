using Metaverse.Twins.Numerics;

namespace Metaverse.Twins.Patient.Estimation;

/// <summary>Dense symmetric positive-definite helpers for the small matrices of estimation (n ≤ ~20).</summary>
internal static class SmallMatrix
{
    /// <summary>log det A, or NaN when A is not positive definite.</summary>
    public static double LogDet(double[,] a)
    {
        var l = Cholesky.Factor(Symmetrize(a));
        if (l is null)
        {
            return double.NaN;
        }

        var sum = 0.0;
        for (var i = 0; i < a.GetLength(0); i++)
        {
            sum += 2 * Math.Log(l[i, i]);
        }

        return sum;
    }

    /// <summary>A⁻¹ of a symmetric positive-definite A, or null.</summary>
    public static double[,]? Inverse(double[,] a)
    {
        var n = a.GetLength(0);
        var l = Cholesky.Factor(Symmetrize(a));
        if (l is null)
        {
            return null;
        }

        var inv = new double[n, n];
        var column = new double[n];
        for (var j = 0; j < n; j++)
        {
            Array.Clear(column);
            column[j] = 1;
            Solve(l, column);
            for (var i = 0; i < n; i++)
            {
                inv[i, j] = column[i];
            }
        }

        return Symmetrize(inv);
    }

    /// <summary>Solves L·Lᵀ x = b in place.</summary>
    public static void Solve(double[,] l, Span<double> b)
    {
        var n = b.Length;
        for (var i = 0; i < n; i++)
        {
            var s = b[i];
            for (var k = 0; k < i; k++)
            {
                s -= l[i, k] * b[k];
            }

            b[i] = s / l[i, i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var k = i + 1; k < n; k++)
            {
                s -= l[k, i] * b[k];
            }

            b[i] = s / l[i, i];
        }
    }

    /// <summary>(A + Aᵀ)/2, a copy.</summary>
    public static double[,] Symmetrize(double[,] a)
    {
        var n = a.GetLength(0);
        var s = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                s[i, j] = 0.5 * (a[i, j] + a[j, i]);
            }
        }

        return s;
    }
}
