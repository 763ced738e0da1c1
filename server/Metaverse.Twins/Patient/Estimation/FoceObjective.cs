namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// −2 log L of the FOCE-I (first-order conditional estimation with interaction) approximation: the sum over
/// subjects of <see cref="ConditionalMode.MinusTwoLogLik"/>, each inner problem warm-started from
/// <see cref="Etas"/> (the modes at the last accepted point, updated by <see cref="Accept"/>).
/// </summary>
internal sealed class FoceObjective(NonmemDataset data, ParameterLayout layout)
{
    public double[][] Etas { get; private set; } = [];

    public double Evaluate(double[] p) => Modes(p)?.Sum(m => m.MinusTwoLogLik) ?? double.PositiveInfinity;

    /// <summary>Makes the modes at <paramref name="p"/> the warm start of later evaluations.</summary>
    public ConditionalMode[]? Accept(double[] p)
    {
        var modes = Modes(p);
        if (modes is not null)
        {
            Etas = [.. modes.Select(m => m.Eta)];
        }

        return modes;
    }

    public ConditionalMode[]? Modes(double[] p)
    {
        var model = layout.Unpack(p);
        var omegaInverse = SmallMatrix.Inverse(model.Omega);
        var logDet = SmallMatrix.LogDet(model.Omega);
        if (omegaInverse is null || !double.IsFinite(logDet))
        {
            return null;
        }

        var modes = new ConditionalMode[data.Subjects.Count];
        for (var i = 0; i < modes.Length; i++)
        {
            var start = Etas.Length == modes.Length ? Etas[i] : [];
            modes[i] = new ConditionalModeSolver(data.Subjects[i], model, omegaInverse, logDet).Solve(start);
        }

        return modes;
    }
}
