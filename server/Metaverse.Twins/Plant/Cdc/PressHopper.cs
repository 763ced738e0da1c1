namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// The press feed hopper and feed frame: a well-mixed buffer between the blender and the dies.
/// Material arriving in a step is mixed in first; the press then draws what it needs (or what there is)
/// in proportion to the composition. <see cref="Mass"/> per ingredient, kg.
/// </summary>
public sealed class PressHopper
{
    public double[] Mass { get; set; } = new double[Ingredient.Count];

    public double Total => Mass[0] + Mass[1] + Mass[2];

    /// <summary>Mass fraction of <paramref name="ingredient"/> (0 when empty).</summary>
    public double Fraction(int ingredient)
    {
        var total = Total;
        return total > 0 ? Mass[ingredient] / total : 0;
    }

    /// <summary>Adds <paramref name="inflow"/> (kg), draws up to <paramref name="demand"/> kg into <paramref name="drawn"/>.</summary>
    public void Exchange(ReadOnlySpan<double> inflow, double demand, Span<double> drawn)
    {
        for (var c = 0; c < Ingredient.Count; c++)
        {
            Mass[c] += inflow[c];
        }

        var total = Total;
        var share = total > 0 ? Math.Min(1, demand / total) : 0;
        for (var c = 0; c < Ingredient.Count; c++)
        {
            drawn[c] = Mass[c] * share;
            Mass[c] -= drawn[c];
        }
    }
}
