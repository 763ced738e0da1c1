namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// Cumulative mass per ingredient, kg: fed by the feeders, leaving the blender, compressed into
/// tablets and diverted. Invariant: fed = tablets + diverted + blender holdup + press hopper holdup.
/// </summary>
public sealed class MassLedger
{
    public double[] Fed { get; set; } = new double[Ingredient.Count];

    public double[] BlenderOut { get; set; } = new double[Ingredient.Count];

    public double[] Tablets { get; set; } = new double[Ingredient.Count];

    public double[] Diverted { get; set; } = new double[Ingredient.Count];

    public static double Sum(double[] perIngredient)
    {
        ArgumentNullException.ThrowIfNull(perIngredient);
        return perIngredient[0] + perIngredient[1] + perIngredient[2];
    }
}
