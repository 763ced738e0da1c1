using Metaverse.Twins.Core;
using Metaverse.Twins.Plant.Cdc;

namespace Metaverse.Twins.Tests.Plant.Cdc;

/// <summary>Helpers shared by the CDC tests: configured lines and channel reads by name.</summary>
internal static class CdcTestLines
{
    public static CdcLine Create(ulong seed = 7, params (string Name, double Value)[] parameters)
    {
        var (line, error) = CdcLine.Create(seed, parameters.ToDictionary(p => p.Name, p => p.Value));
        Assert.Null(error);
        return line!;
    }

    public static double[] Read(ITwin twin)
    {
        var values = new double[twin.Channels.Count];
        twin.ReadChannels(values);
        return values;
    }

    public static double Channel(ITwin twin, string name)
    {
        var index = CdcChannels.All.ToList().FindIndex(c => c.Name == name);
        Assert.True(index >= 0, $"no channel {name}");
        return Read(twin)[index];
    }

    public static void Run(ITwin twin, TwinCommand command) => Assert.Null(twin.Execute(command));

    /// <summary>|fed − tablets − diverted − holdup| / fed.</summary>
    public static double MassBalanceError(ITwin twin)
    {
        var fed = Channel(twin, "mass.fed");
        var rest = Channel(twin, "mass.tablets") + Channel(twin, "divert.mass") + Channel(twin, "mass.holdup");
        return Math.Abs(fed - rest) / fed;
    }
}
