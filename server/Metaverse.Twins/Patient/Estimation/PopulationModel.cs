namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// A nonlinear mixed-effects model of <see cref="OralOneCompartment"/>: fixed effects θ (log scale, SSfol order
/// lKe, lKa, lCl), random effects η ~ N(0, Ω) on the parameters listed in <see cref="Random"/> (indices into θ,
/// ascending) so that φ_i = θ + η_i there, and the residual error. <see cref="Omega"/> is q × q (q = Random.Length).
/// </summary>
public sealed record PopulationModel(double[] Theta, int[] Random, double[,] Omega, ResidualError Residual, bool FullOmega)
{
    /// <summary>Number of random effects.</summary>
    public int RandomCount => Random.Length;

    /// <summary>Individual log-scale parameters for random effects <paramref name="eta"/>.</summary>
    public void Phi(ReadOnlySpan<double> eta, Span<double> phi)
    {
        Theta.CopyTo(phi);
        for (var k = 0; k < Random.Length; k++)
        {
            phi[Random[k]] += eta[k];
        }
    }

    /// <summary>Random-effect SDs on the log scale (√Ω_kk).</summary>
    public double[] RandomSds() => [.. Enumerable.Range(0, Random.Length).Select(k => Math.Sqrt(Omega[k, k]))];
}
