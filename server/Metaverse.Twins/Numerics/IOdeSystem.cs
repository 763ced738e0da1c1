namespace Metaverse.Twins.Numerics;

/// <summary>
/// A system of ordinary differential equations y' = f(t, y). Implementations must not allocate:
/// the solver calls <see cref="Derivatives"/> six times per step.
/// </summary>
public interface IOdeSystem
{
    /// <summary>Writes f(<paramref name="t"/>, <paramref name="y"/>) into <paramref name="dydt"/> (same length as y).</summary>
    void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt);
}
