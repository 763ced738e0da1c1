namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// The unconstrained vector p the outer optimiser sees: θ (3, log scale), then Ω's Cholesky factor L
/// (log of its diagonal; with a full Ω also the strictly lower elements, row by row), then the log residual SD(s)
/// (additive, proportional). Ω = L·Lᵀ is positive definite for every p.
/// </summary>
internal sealed class ParameterLayout(int[] random, bool fullOmega, ResidualErrorKind residual)
{
    private readonly int _q = random.Length;

    public int OmegaCount => fullOmega ? _q * (_q + 1) / 2 : _q;

    public int Length => OmegaCount + OralOneCompartment.Count + (residual == ResidualErrorKind.Combined ? 2 : 1);

    public PopulationModel Unpack(ReadOnlySpan<double> p)
    {
        var l = new double[_q, _q];
        var at = OralOneCompartment.Count;
        for (var i = 0; i < _q; i++)
        {
            l[i, i] = Math.Exp(p[at++]);
        }

        for (var i = 1; fullOmega && i < _q; i++)
        {
            for (var j = 0; j < i; j++)
            {
                l[i, j] = p[at++];
            }
        }

        var omega = new double[_q, _q];
        for (var i = 0; i < _q; i++)
        {
            for (var j = 0; j < _q; j++)
            {
                for (var k = 0; k <= Math.Min(i, j); k++)
                {
                    omega[i, j] += l[i, k] * l[j, k];
                }
            }
        }

        var add = residual == ResidualErrorKind.Proportional ? 0 : Math.Exp(p[at++]);
        var prop = residual == ResidualErrorKind.Additive ? 0 : Math.Exp(p[at]);
        return new PopulationModel(p[..OralOneCompartment.Count].ToArray(), random, omega, new ResidualError(residual, add, prop), fullOmega);
    }

    public double[] Pack(PopulationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var l = Numerics.Cholesky.Factor(SmallMatrix.Symmetrize(model.Omega)) ?? throw new ArgumentException("Ω is not positive definite", nameof(model));
        var p = new List<double>(model.Theta);
        for (var i = 0; i < _q; i++)
        {
            p.Add(Math.Log(l[i, i]));
        }

        for (var i = 1; fullOmega && i < _q; i++)
        {
            for (var j = 0; j < i; j++)
            {
                p.Add(l[i, j]);
            }
        }

        if (residual != ResidualErrorKind.Proportional)
        {
            p.Add(Math.Log(model.Residual.AdditiveSd));
        }

        if (residual != ResidualErrorKind.Additive)
        {
            p.Add(Math.Log(model.Residual.ProportionalSd));
        }

        return [.. p];
    }

    /// <summary>The reported scale: θ, log SD of each random effect, log residual SD(s).</summary>
    public double[] Reported(ReadOnlySpan<double> p)
    {
        var model = Unpack(p);
        var r = new List<double>(model.Theta);
        r.AddRange(model.RandomSds().Select(sd => Math.Log(sd)));
        r.AddRange(p[(OralOneCompartment.Count + OmegaCount)..].ToArray());
        return [.. r];
    }
}
