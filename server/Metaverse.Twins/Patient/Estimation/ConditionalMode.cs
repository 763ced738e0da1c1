namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// The mode η̂ of one subject's conditional density p(η | y) (the empirical Bayes estimate / MAP), the
/// approximate information A = Ω⁻¹ + Σ_j g_j g_jᵀ / R_j (+ ½ Σ_j ∇R_j ∇R_jᵀ / R_j² when the variance depends on η),
/// whose inverse is the Laplace posterior covariance of η, and the subject's FOCE-I contribution to −2 log L:
/// Σ_j [log(2π R_j) + r_j² / R_j] + η̂ᵀΩ⁻¹η̂ + log|Ω| + log|A|.
/// </summary>
public sealed record ConditionalMode(double[] Eta, double[,] Information, double MinusTwoLogLik, int Iterations, bool Converged);
