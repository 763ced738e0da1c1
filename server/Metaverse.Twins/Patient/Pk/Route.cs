namespace Metaverse.Twins.Patient.Pk;

/// <summary>How a dose enters the body.</summary>
public enum Route
{
    /// <summary>Whole amount into the central compartment at the dose time.</summary>
    IvBolus,

    /// <summary>Zero-order input into the central compartment at amount / duration mg/h.</summary>
    IvInfusion,

    /// <summary>Into a depot, absorbed first-order (ka) after the lag time; fraction F reaches the circulation.</summary>
    Oral,
}

/// <summary>The names of <see cref="Route"/> on the command line, in specs and in commands.</summary>
public static class RouteNames
{
    public const string Accepted = "iv-bolus, iv-infusion or oral";

    public static string Name(this Route route) => route switch
    {
        Route.IvBolus => "iv-bolus",
        Route.IvInfusion => "iv-infusion",
        Route.Oral => "oral",
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "unknown route"),
    };

    public static bool TryParse(string? text, out Route route)
    {
        (var ok, route) = text switch
        {
            "iv-bolus" => (true, Route.IvBolus),
            "iv-infusion" => (true, Route.IvInfusion),
            "oral" => (true, Route.Oral),
            _ => (false, Route.IvBolus),
        };
        return ok;
    }
}
