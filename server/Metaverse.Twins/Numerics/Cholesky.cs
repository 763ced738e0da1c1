namespace Metaverse.Twins.Numerics;

/// <summary>Cholesky factorisation A = L·Lᵀ of a symmetric positive-definite matrix (row-major, n × n).</summary>
public static class Cholesky
{
    /// <summary>The lower-triangular factor L, or null when <paramref name="matrix"/> is not symmetric positive definite.</summary>
    public static double[,]? Factor(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var n = matrix.GetLength(0);
        if (matrix.GetLength(1) != n)
        {
            return null;
        }

        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                if (Math.Abs(matrix[i, j] - matrix[j, i]) > 1e-12 * Math.Max(1, Math.Abs(matrix[i, j])))
                {
                    return null;
                }

                var sum = matrix[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                if (i == j)
                {
                    if (!(sum > 0))
                    {
                        return null;
                    }

                    l[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }

        return l;
    }
}
