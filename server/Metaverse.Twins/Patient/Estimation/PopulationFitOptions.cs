namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// What to fit: random effects on <see cref="Random"/> (indices into θ: <see cref="OralOneCompartment.Ke"/>,
/// <see cref="OralOneCompartment.Ka"/>, <see cref="OralOneCompartment.Cl"/>), full or diagonal Ω, the residual
/// error kind; optional starting θ (log scale); the outer gradient tolerance in −2LL units.
/// </summary>
public sealed record PopulationFitOptions(int[] Random, bool FullOmega = false, ResidualErrorKind Residual = ResidualErrorKind.Additive)
{
    public double[]? InitialTheta { get; init; }

    public double GradientTolerance { get; init; } = 1e-4;

    public int MaxIterations { get; init; } = 300;

    /// <summary>Parses "ka,cl" or "ka,ke,cl" (any order, no repeats) into sorted indices; null when a name is unknown.</summary>
    public static int[]? ParseRandom(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var indices = names.Select(n => Array.IndexOf(OralOneCompartment.Names, n.ToLowerInvariant())).ToArray();
        return names.Length == 0 || indices.Any(i => i < 0) || indices.Distinct().Count() != indices.Length ? null : [.. indices.Order()];
    }
}
