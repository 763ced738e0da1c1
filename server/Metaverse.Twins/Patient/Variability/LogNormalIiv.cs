using Metaverse.Twins.Core;
using Metaverse.Twins.Numerics;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient.Variability;

/// <summary>
/// Log-normal inter-individual variability: P_i = P_typical · exp(η_i), η ~ N(0, Ω) with a full
/// covariance matrix Ω (log scale) over the named parameters (cl, v1/v, q, v2, ka, f is not allowed).
/// η is drawn as L·z with L the Cholesky factor of Ω and z standard normal.
/// </summary>
public sealed class LogNormalIiv
{
    public const string AcceptedNames = "cl, v (or v1), q, v2, ka, lag";
    private readonly double[,] _cholesky;

    private LogNormalIiv(string[] names, double[,] omega, double[,] cholesky) => (Names, Omega, _cholesky) = (names, omega, cholesky);

    public IReadOnlyList<string> Names { get; }

    /// <summary>Ω, variances and covariances of η (log scale).</summary>
    public double[,] Omega { get; }

    public static LogNormalIiv None { get; } = new([], new double[0, 0], new double[0, 0]);

    /// <summary>The model, or an error when a name is unknown or Ω is not symmetric positive definite of matching size.</summary>
    public static (LogNormalIiv? Iiv, TwinError? Error) Create(IReadOnlyList<string> names, double[,] omega)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(omega);
        var unknown = names.FirstOrDefault(n => n is not ("cl" or "v" or "v1" or "q" or "v2" or "ka" or "lag"));
        if (unknown is not null)
        {
            return (null, new TwinError("iiv.parameters", AcceptedNames, $"'{unknown}' cannot vary between subjects"));
        }

        if (names.Count == 0)
        {
            return (None, null);
        }

        var factor = omega.GetLength(0) == names.Count ? Cholesky.Factor(omega) : null;
        return factor is null
            ? (null, new TwinError("iiv.omega", $"a symmetric positive-definite {names.Count}×{names.Count} matrix", "Ω is not a valid covariance matrix"))
            : (new LogNormalIiv([.. names], (double[,])omega.Clone(), factor), null);
    }

    /// <summary>Draws η (length = number of names) into <paramref name="eta"/>.</summary>
    public void SampleEta(TwinRandom random, Span<double> eta)
    {
        ArgumentNullException.ThrowIfNull(random);
        var n = Names.Count;
        Span<double> z = stackalloc double[n];
        for (var i = 0; i < n; i++)
        {
            z[i] = random.NextGaussian();
        }

        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var k = 0; k <= i; k++)
            {
                sum += _cholesky[i, k] * z[k];
            }

            eta[i] = sum;
        }
    }

    /// <summary>The individual parameters: each named parameter multiplied by exp(η).</summary>
    public PkParameters Apply(PkParameters typical, ReadOnlySpan<double> eta)
    {
        ArgumentNullException.ThrowIfNull(typical);
        var p = typical;
        for (var i = 0; i < Names.Count; i++)
        {
            var f = Math.Exp(eta[i]);
            p = Names[i] switch
            {
                "cl" => p with { ClLPerH = p.ClLPerH * f },
                "v" or "v1" => p with { V1L = p.V1L * f },
                "q" => p with { QLPerH = p.QLPerH * f },
                "v2" => p with { V2L = p.V2L * f },
                "ka" => p with { KaPerH = p.KaPerH * f },
                _ => p with { LagH = p.LagH * f },
            };
        }

        return p;
    }

    /// <summary>Samples η and applies it.</summary>
    public PkParameters Sample(PkParameters typical, TwinRandom random)
    {
        Span<double> eta = stackalloc double[Names.Count];
        SampleEta(random, eta);
        return Apply(typical, eta);
    }
}
