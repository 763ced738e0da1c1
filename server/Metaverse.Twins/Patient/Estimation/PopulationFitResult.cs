namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// A population fit. <see cref="MinusTwoLogLik"/> is −2 × the FOCE-I log-likelihood (all constants included);
/// <see cref="ParameterCount"/> = 3 fixed effects + Ω parameters (q diagonal, q(q+1)/2 full) + residual SDs;
/// AIC = −2LL + 2k, BIC = −2LL + k ln(N observations) (as nlme). Standard errors come from the observed
/// information (central-difference Hessian of −2LL at the optimum, covariance = 2 H⁻¹, delta method to the
/// reported scale); NaN when that Hessian is not positive definite.
/// </summary>
public sealed record PopulationFitResult(
    PopulationModel Model, double MinusTwoLogLik, int ParameterCount, int ObservationCount,
    double[] ThetaSe, double[] LogRandomSdSe, double[] LogResidualSdSe,
    IReadOnlyList<SubjectEstimate> Subjects, int Iterations, bool Converged)
{
    public double Aic => MinusTwoLogLik + (2.0 * ParameterCount);

    public double Bic => MinusTwoLogLik + (ParameterCount * Math.Log(ObservationCount));
}
