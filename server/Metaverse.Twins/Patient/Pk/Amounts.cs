namespace Metaverse.Twins.Patient.Pk;

/// <summary>Drug amounts (mg) in the absorption depot, the central and the peripheral compartment.</summary>
public readonly record struct Amounts(double DepotMg, double CentralMg, double PeripheralMg)
{
    /// <summary>Drug in the body and not yet absorbed from the depot, mg.</summary>
    public double TotalMg => DepotMg + CentralMg + PeripheralMg;

    public static Amounts operator +(Amounts x, Amounts y) =>
        new(x.DepotMg + y.DepotMg, x.CentralMg + y.CentralMg, x.PeripheralMg + y.PeripheralMg);

    public static Amounts Add(Amounts x, Amounts y) => x + y;
}
