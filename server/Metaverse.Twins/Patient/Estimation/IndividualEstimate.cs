using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// A patient's MAP estimate: η̂ (log scale, per random effect), φ = θ + η̂ (log ke, ka, CL), the Laplace posterior
/// covariance of η (A⁻¹, see <see cref="ConditionalMode"/>), and the PK parameters (ka 1/h, CL L/h, V L).
/// </summary>
public sealed record IndividualEstimate(double[] Eta, double[] LogPhi, double[,] EtaCovariance, PkParameters Pk, bool Converged);
