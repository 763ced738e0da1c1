using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// Bayesian MAP estimation of one patient from (possibly sparse) levels given a population model as prior:
/// the mode of p(η | y) ∝ p(y | η) N(η; 0, Ω), found from η = 0 by the same inner solver the population fit uses,
/// so with the population estimates as the prior it reproduces each subject's empirical Bayes estimate.
/// </summary>
public static class MapEstimator
{
    public static (IndividualEstimate? Estimate, TwinError? Error) Estimate(SubjectData subject, PopulationModel prior)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(prior);
        if (subject.Doses.Doses.Count == 0)
        {
            return (null, new TwinError("data", "at least one dose row (EVID 1)", $"subject {subject.Id} has no dose"));
        }

        var omegaInverse = SmallMatrix.Inverse(prior.Omega);
        if (omegaInverse is null)
        {
            return (null, new TwinError("omega", "a positive-definite matrix", "the prior's Ω is not positive definite"));
        }

        var mode = new ConditionalModeSolver(subject, prior, omegaInverse, SmallMatrix.LogDet(prior.Omega)).Solve([]);
        var covariance = SmallMatrix.Inverse(mode.Information);
        if (covariance is null)
        {
            return (null, new TwinError("data", "levels that inform the model", $"subject {subject.Id}: the posterior is degenerate"));
        }

        var phi = new double[OralOneCompartment.Count];
        prior.Phi(mode.Eta, phi);
        return (new IndividualEstimate(mode.Eta, phi, covariance, OralOneCompartment.ToPk(phi), mode.Converged), null);
    }
}
