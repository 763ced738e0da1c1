namespace Metaverse.Twins.Patient.Estimation;

/// <summary>A subject's empirical Bayes estimate η̂ (log scale, one per random effect) and individual φ = θ + η̂ (log ke, ka, CL).</summary>
public sealed record SubjectEstimate(string Id, double[] Eta, double[] LogPhi, int ObservationCount);
