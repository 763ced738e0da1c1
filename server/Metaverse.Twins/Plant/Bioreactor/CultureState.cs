namespace Metaverse.Twins.Plant.Bioreactor;

/// <summary>
/// Layout of the bioreactor's ODE state vector (time unit: hours). Cells in 10^6 cells/mL
/// (= 10^9 cells/L), concentrations in mmol/L, titer in mg/L, volume in L. The integrals at the end
/// are bookkeeping: they let tests and docs check the carbon and nitrogen balances.
/// </summary>
internal static class CultureState
{
    public const int Viable = 0;
    public const int Total = 1;
    public const int Glucose = 2;
    public const int Glutamine = 3;
    public const int Lactate = 4;
    public const int Ammonia = 5;
    public const int Titer = 6;
    public const int Volume = 7;
    public const int Temperature = 8;
    public const int Ph = 9;
    public const int DissolvedOxygen = 10;
    public const int Contaminant = 11;

    /// <summary>∫ Xv·V dt, (10^6 cells/mL)·L·h.</summary>
    public const int ViableVolumeIntegral = 12;

    /// <summary>∫ Xv·V·Glc/(K_Glc + Glc) dt: the exposure that glucose maintenance acts on.</summary>
    public const int GlucoseMaintenanceIntegral = 13;

    /// <summary>∫ Xv·V·Gln/(a2 + Gln) dt: the exposure that glutamine maintenance acts on.</summary>
    public const int GlutamineMaintenanceIntegral = 14;

    /// <summary>∫ Gln·V dt, mmol·h: what spontaneous degradation acts on.</summary>
    public const int GlutamineVolumeIntegral = 15;

    /// <summary>∫ Xv·V·Amm/(K_R + Amm) dt: the exposure that ammonia removal acts on.</summary>
    public const int AmmoniaRemovalIntegral = 16;

    /// <summary>∫ Xv dt, (10^6 cells/mL)·h: integral of viable cell density.</summary>
    public const int ViableIntegral = 17;

    /// <summary>Glucose fed so far, mmol (continuous feed and boluses).</summary>
    public const int GlucoseFed = 18;

    /// <summary>Glutamine fed so far, mmol.</summary>
    public const int GlutamineFed = 19;

    public const int Count = 20;

    /// <summary>10^9 cells/L per (10^6 cells/mL): turns per-cell rates (mmol/cell/h) into mmol/L/h.</summary>
    public const double CellsPerLitre = 1e9;
}
