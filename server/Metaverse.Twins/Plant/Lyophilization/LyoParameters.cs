using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Lyophilization;

/// <summary>
/// The freeze dryer's parameters. Defaults are LyoPRONTO's reference case (Shivkumar et al., AAPS
/// PharmSciTech 20:328, 2019): 2 mL of 5 % solids in a vial of 3.80 cm² (product 3.14 cm²), Rp = 1.4 + 16·L,
/// Kv = 2.75e-4 + 8.93e-4·Pc/(1 + 0.46·Pc), 0.15 Torr, shelf −35 → 20 °C at 1 °C/min.
/// Indices are stable (snapshots store values in this order).
/// </summary>
public static class LyoParameters
{
    public const int VialArea = 0;
    public const int ProductArea = 1;
    public const int FillVolume = 2;
    public const int SolidsFraction = 3;
    public const int R0 = 4;
    public const int A1 = 5;
    public const int A2 = 6;
    public const int KC = 7;
    public const int KP = 8;
    public const int KD = 9;
    public const int ChamberPressure = 10;
    public const int ShelfInitial = 11;
    public const int ShelfSetpoint = 12;
    public const int ShelfRamp = 13;
    public const int CollapseTemperature = 14;
    public const int CollapseMargin = 15;
    public const int GridRows = 16;
    public const int GridColumns = 17;
    public const int EdgeFactor = 18;
    public const int KvVariation = 19;

    public static IReadOnlyList<ParameterSpec> All { get; } =
    [
        new("vial_area_cm2", "cm2", 0.5, 50, 3.80, "outer vial bottom area Av"),
        new("product_area_cm2", "cm2", 0.5, 50, 3.14, "inner (product) cross-section Ap"),
        new("fill_ml", "mL", 0.1, 100, 2.0, "fill volume of solution"),
        new("solids_fraction", "g/mL", 0, 0.4, 0.05, "solute concentration"),
        new("r0", "cm2.h.mm[Hg]/g", 0, 100, 1.4, "product resistance at zero cake length (cm²·Torr·h/g)"),
        new("a1", "cm.h.mm[Hg]/g", 0, 1000, 16, "product resistance growth with cake length (cm·Torr·h/g)"),
        new("a2", "/cm", 0, 100, 0, "product resistance saturation"),
        new("kc", "cal/(s.K.cm2)", 0, 0.01, 2.75e-4, "vial heat transfer: contact term KC"),
        new("kp", "cal/(s.K.cm2.mm[Hg])", 0, 0.1, 8.93e-4, "vial heat transfer: gas conduction term KP"),
        new("kd", "/mm[Hg]", 0, 100, 0.46, "vial heat transfer: pressure saturation KD"),
        new("chamber_pressure_torr", "mm[Hg]", 0.01, 1, 0.15, "chamber pressure setpoint (Torr)"),
        new("shelf_initial_c", "Cel", -70, 40, -35, "shelf temperature when primary drying starts"),
        new("shelf_setpoint_c", "Cel", -70, 60, 20, "shelf temperature the recipe ramps to and holds"),
        new("shelf_ramp_c_per_min", "Cel/min", 0.01, 10, 1, "shelf ramp rate"),
        new("collapse_c", "Cel", -70, 0, -30, "collapse temperature of the formulation"),
        new("collapse_margin_k", "K", 0, 20, 2, "the alarm sounds this close to the collapse temperature"),
        new("grid_rows", "", 1, 30, 7, "vial rows on the modelled shelf section"),
        new("grid_columns", "", 1, 30, 7, "vial columns on the modelled shelf section"),
        new("edge_kv_factor", "", 1, 2, 1.2, "Kv multiplier of edge vials (radiation from walls and door)"),
        new("kv_cv", "", 0, 0.3, 0.03, "vial-to-vial coefficient of variation of Kv (log-normal)"),
    ];

    public static double[] Defaults() => All.Select(p => p.Default).ToArray();

    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
