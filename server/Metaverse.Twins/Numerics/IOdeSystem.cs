namespace Metaverse.Twins.Numerics;

/// <summary>
/// A system of first-order ODEs y' = f(t, y) of fixed <see cref="Dimension"/>. Implement it as a
/// struct: the solver takes it as a generic argument, so the right-hand side is inlined, not called virtually.
/// </summary>
public interface IOdeSystem
{
    int Dimension { get; }

    /// <summary>Writes f(t, y) into <paramref name="dydt"/>; must not allocate.</summary>
    void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt);
}
