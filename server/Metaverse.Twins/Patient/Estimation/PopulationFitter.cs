using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// Fits a <see cref="PopulationModel"/> by FOCE-I: (1) data-driven start, (2) naive pooled fit (η = 0) of θ and σ,
/// (3) BFGS on the FOCE-I −2 log L over θ, Ω (Cholesky) and σ, (4) standard errors from the numerical Hessian,
/// (5) empirical Bayes estimates at the optimum. Deterministic.
/// </summary>
public static class PopulationFitter
{
    private const double StartOmegaSd = 0.3;

    public static (PopulationFitResult? Fit, TwinError? Error) Fit(NonmemDataset data, PopulationFitOptions options, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var invalid = Check(data, options);
        if (invalid is not null)
        {
            return (null, invalid);
        }

        var layout = new ParameterLayout(options.Random, options.FullOmega, options.Residual);
        var start = Pooled(data, options);
        var objective = new FoceObjective(data, layout);
        var p0 = layout.Pack(start);
        objective.Accept(p0);
        var result = Bfgs.Minimize(objective.Evaluate, p0, options.GradientTolerance, options.MaxIterations, iteration =>
        {
            progress?.Report(0.85 * (1 - Math.Exp(-iteration / 25.0)));
        });
        var modes = objective.Accept(result.X);
        if (modes is null || !double.IsFinite(result.Value))
        {
            return (null, new TwinError("data", "data the model can describe", "the population fit did not reach a finite likelihood"));
        }

        progress?.Report(0.9);
        var (thetaSe, sdSe, residualSe) = StandardErrors(objective, layout, result.X);
        progress?.Report(1);
        var model = layout.Unpack(result.X);
        var subjects = data.Subjects.Select((s, i) => Estimate(s, model, modes[i].Eta)).ToArray();
        return (new PopulationFitResult(model, result.Value, layout.Length, data.ObservationCount, thetaSe, sdSe, residualSe, subjects, result.Iterations, result.Converged), null);
    }

    internal static SubjectEstimate Estimate(SubjectData subject, PopulationModel model, double[] eta)
    {
        var phi = new double[OralOneCompartment.Count];
        model.Phi(eta, phi);
        return new SubjectEstimate(subject.Id, eta, phi, subject.Count);
    }

    private static TwinError? Check(NonmemDataset data, PopulationFitOptions options)
    {
        if (options.Random.Length == 0 || options.Random.Any(i => i is < 0 or >= OralOneCompartment.Count))
        {
            return new TwinError("random", "a non-empty subset of ke, ka, cl", "random effects must name model parameters");
        }

        if (data.Subjects.Count < 2 || data.Subjects.Any(s => s.Doses.Doses.Count == 0))
        {
            return new TwinError("data", "≥ 2 subjects, each with a dose", "a population fit needs at least two dosed subjects");
        }

        return data.ObservationCount <= new ParameterLayout(options.Random, options.FullOmega, options.Residual).Length
            ? new TwinError("data", "more observations than parameters", $"{data.ObservationCount} observations are too few")
            : null;
    }

    /// <summary>Naive pooled fit (all η = 0) of θ and the residual SD(s), Ω set to diag(0.3²).</summary>
    private static PopulationModel Pooled(NonmemDataset data, PopulationFitOptions options)
    {
        var theta = options.InitialTheta ?? StartValues.Theta(data);
        var q = options.Random.Length;
        var omega = new double[q, q];
        for (var k = 0; k < q; k++)
        {
            omega[k, k] = StartOmegaSd * StartOmegaSd;
        }

        var scale = Math.Max(1e-3, data.Subjects.SelectMany(s => s.Observed).Average(Math.Abs) * 0.2);
        var residual = new ResidualError(options.Residual, options.Residual == ResidualErrorKind.Proportional ? 0 : scale, options.Residual == ResidualErrorKind.Additive ? 0 : 0.2);
        var layout = new ParameterLayout(options.Random, false, options.Residual);
        var guess = new PopulationModel(theta, options.Random, omega, residual, false);
        var fixedOmega = layout.Pack(guess);
        var free = Enumerable.Range(0, fixedOmega.Length).Where(i => i < OralOneCompartment.Count || i >= OralOneCompartment.Count + q).ToArray();
        double Pooled(double[] x)
        {
            var p = (double[])fixedOmega.Clone();
            for (var i = 0; i < free.Length; i++)
            {
                p[free[i]] = x[i];
            }

            return PooledMinusTwoLogLik(data, layout.Unpack(p));
        }

        var best = Bfgs.Minimize(Pooled, [.. free.Select(i => fixedOmega[i])], 1e-3, 200).X;
        for (var i = 0; i < free.Length; i++)
        {
            fixedOmega[free[i]] = best[i];
        }

        var pooled = layout.Unpack(fixedOmega);
        return pooled with { FullOmega = options.FullOmega };
    }

    private static double PooledMinusTwoLogLik(NonmemDataset data, PopulationModel model)
    {
        var sum = 0.0;
        foreach (var s in data.Subjects)
        {
            var f = new double[s.Count];
            OralOneCompartment.Predict(s, model.Theta, s.TimesH, f);
            for (var j = 0; j < s.Count; j++)
            {
                var v = model.Residual.Variance(f[j]);
                var r = s.Observed[j] - f[j];
                sum += Math.Log(2 * Math.PI * v) + (r * r / v);
            }
        }

        return sum;
    }

    private static (double[] Theta, double[] Sd, double[] Residual) StandardErrors(FoceObjective objective, ParameterLayout layout, double[] p)
    {
        var hessian = NumericalDerivatives.Hessian(objective.Evaluate, p, 1e-3);
        var inverse = SmallMatrix.Inverse(hessian);
        var jac = NumericalDerivatives.Jacobian(x => layout.Reported(x), p, 1e-6);
        var m = jac.GetLength(0);
        var se = new double[m];
        for (var r = 0; r < m; r++)
        {
            var v = 0.0;
            for (var i = 0; i < p.Length && inverse is not null; i++)
            {
                for (var j = 0; j < p.Length; j++)
                {
                    v += jac[r, i] * 2 * inverse[i, j] * jac[r, j];
                }
            }

            se[r] = inverse is null ? double.NaN : Math.Sqrt(v);
        }

        var q = layout.Unpack(p).RandomCount;
        return (se[..OralOneCompartment.Count], se[OralOneCompartment.Count..(OralOneCompartment.Count + q)], se[(OralOneCompartment.Count + q)..]);
    }
}
