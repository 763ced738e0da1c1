namespace Metaverse.Twins.Plant.Cdc;

/// <summary>Indices of the blend's ingredients, each with its own loss-in-weight feeder.</summary>
public static class Ingredient
{
    public const int Api = 0;
    public const int Excipient = 1;
    public const int Lubricant = 2;
    public const int Count = 3;

    /// <summary>Names as used in parameter, channel and command names ("feeder.api.setpoint").</summary>
    public static IReadOnlyList<string> Names { get; } = ["api", "excipient", "lubricant"];

    /// <summary>The index of <paramref name="name"/>, or −1.</summary>
    public static int IndexOf(string? name)
    {
        for (var i = 0; i < Count; i++)
        {
            if (Names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
