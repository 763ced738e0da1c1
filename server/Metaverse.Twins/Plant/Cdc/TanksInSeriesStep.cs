namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// Exact propagator of n equal, ideally mixed tanks in series (outflow rate k = n/τ, 1/s, from each
/// tank) over an interval h with a constant inflow u into the first tank:
/// m_i(h) = Σ_{j≤i} φ_{i−j}·m_j(0) + u·P(i, kh)/k, with φ_d = e^(−x)·x^d/d!, x = kh, and P(i, x) the
/// regularized lower incomplete gamma function (the Erlang CDF). Coefficients are cached for the last
/// (n, k, h); recomputing allocates nothing.
/// </summary>
public sealed class TanksInSeriesStep
{
    private readonly double[] _phi = new double[CdcParameters.MaxTanks];
    private readonly double[] _gamma = new double[CdcParameters.MaxTanks];
    private int _n = -1;
    private double _k = double.NaN;
    private double _h = double.NaN;

    /// <summary>Transition weight from tank j to tank j + d (0-based d).</summary>
    public ReadOnlySpan<double> Phi => _phi.AsSpan(0, _n);

    /// <summary>Mass in tank i (0-based) per unit inflow rate, kg per kg/s: P(i + 1, kh)/k.</summary>
    public ReadOnlySpan<double> Gamma => _gamma.AsSpan(0, _n);

    public void Prepare(int n, double k, double h)
    {
        if (n == _n && k == _k && h == _h)
        {
            return;
        }

        (_n, _k, _h) = (n, k, h);
        var x = k * h;
        _phi[0] = Math.Exp(-x);
        var below = _phi[0];
        for (var d = 1; d < n; d++)
        {
            _phi[d] = _phi[d - 1] * x / d;
            below += _phi[d];
        }

        // P(n, x) = 1 − Σ_{l<n} φ_l when that sum is small, else the (positive) series tail Σ_{l≥n} φ_l.
        var p = below <= 0.5 ? 1 - below : Tail(_phi[n - 1], x, n);
        _gamma[n - 1] = p / k;
        for (var i = n - 2; i >= 0; i--)
        {
            p += _phi[i + 1];
            _gamma[i] = p / k;
        }
    }

    /// <summary>Σ_{l≥n} e^(−x)x^l/l!, starting from the term of order n − 1.</summary>
    private static double Tail(double previous, double x, int n)
    {
        var term = previous * x / n;
        var sum = 0.0;
        for (var l = n + 1; term > 1e-300 && term > sum * 1e-18 && l < n + 400; l++)
        {
            sum += term;
            term *= x / l;
        }

        return sum;
    }
}
