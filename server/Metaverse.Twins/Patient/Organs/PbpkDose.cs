using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient.Organs;

/// <summary>Where doses enter the PBPK state: IV bolus into venous blood, oral (whole dose) into the gut-lumen depot; infusions are a rate.</summary>
public static class PbpkDose
{
    /// <summary>Adds a bolus-type dose of <paramref name="amountMg"/> to <paramref name="y"/> (a PBPK state); infusions add nothing here.</summary>
    public static void Give(Span<double> y, Route route, double amountMg)
    {
        switch (route)
        {
            case Route.IvBolus:
                y[PbpkSystem.Venous] += amountMg;
                break;
            case Route.Oral:
                y[PbpkSystem.Depot] += amountMg;
                break;
            default:
                break;
        }
    }
}
