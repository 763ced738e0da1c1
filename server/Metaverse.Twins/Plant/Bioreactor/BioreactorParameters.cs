using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Bioreactor;

/// <summary>
/// The bioreactor's parameters: the kinetic set of Xing et al. (Biotechnol Prog 26:208–219, 2010),
/// the specific productivity, initial conditions, the feed and the control loops. Indices are stable
/// (snapshots store values in this order).
/// </summary>
public static class BioreactorParameters
{
    public const int MuMax = 0;
    public const int MuDeathMax = 1;
    public const int KGlc = 2;
    public const int KGln = 3;
    public const int KILac = 4;
    public const int KIAmm = 5;
    public const int KDLac = 6;
    public const int KDAmm = 7;
    public const int YieldXGlc = 8;
    public const int YieldXGln = 9;
    public const int YieldLacGlc = 10;
    public const int YieldAmmGln = 11;
    public const int MaintenanceGlc = 12;
    public const int A1 = 13;
    public const int A2 = 14;
    public const int GlnDegradation = 15;
    public const int AmmRemoval = 16;
    public const int QmAb = 17;
    public const int InitialCells = 18;
    public const int InitialGlc = 19;
    public const int InitialGln = 20;
    public const int InitialLac = 21;
    public const int InitialAmm = 22;
    public const int InitialVolume = 23;
    public const int MaxVolume = 24;
    public const int FeedGlc = 25;
    public const int FeedGln = 26;
    public const int FeedRate = 27;
    public const int FeedStart = 28;
    public const int TemperatureSetpoint = 29;
    public const int PhSetpoint = 30;
    public const int DoSetpoint = 31;
    public const int OxygenUptake = 32;

    /// <summary>Every parameter with unit, range, default and source (see docs/models/bioreactor.md).</summary>
    public static IReadOnlyList<ParameterSpec> All { get; } =
    [
        new("mu_max", "/h", 0.001, 0.1, 0.029, "maximum specific growth rate (Xing 2010)"),
        new("mu_d_max", "/h", 0, 0.1, 0.016, "maximum specific death rate (Xing 2010)"),
        new("k_glc", "mmol/L", 1e-4, 10, 0.084, "Monod constant for glucose (Xing 2010)"),
        new("k_gln", "mmol/L", 1e-4, 10, 0.047, "Monod constant for glutamine (Xing 2010)"),
        new("ki_lac", "mmol/L", 1, 500, 43, "lactate growth-inhibition constant (Xing 2010)"),
        new("ki_amm", "mmol/L", 0.1, 100, 6.51, "ammonia growth-inhibition constant (Xing 2010)"),
        new("kd_lac", "mmol/L", 1, 500, 45.8, "lactate constant for death (Xing 2010)"),
        new("kd_amm", "mmol/L", 0.1, 100, 6.51, "ammonia constant for death (Xing 2010)"),
        new("y_x_glc", "/mmol", 1e7, 1e10, 1.69e8, "cells formed per mmol glucose (Xing 2010)"),
        new("y_x_gln", "/mmol", 1e7, 1e11, 9.74e8, "cells formed per mmol glutamine (Xing 2010)"),
        new("y_lac_glc", "mol/mol", 0, 2, 1.23, "lactate formed per glucose consumed (Xing 2010)"),
        new("y_amm_gln", "mol/mol", 0, 1.5, 0.67, "ammonia formed per glutamine consumed (Xing 2010)"),
        new("m_glc", "mmol/h", 0, 1e-9, 6.92e-11, "glucose maintenance per cell (Xing 2010)"),
        new("a1", "mmol/h", 0, 1e-10, 3.2e-12, "glutamine maintenance coefficient per cell (Xing 2010)"),
        new("a2", "mmol/L", 0.01, 50, 2.1, "glutamine maintenance saturation constant (Xing 2010)"),
        new("d_gln", "/h", 0, 0.1, 7.2e-3, "first-order glutamine degradation (Xing 2010)"),
        new("r_amm", "mmol/h", 0, 1e-10, 6.3e-12, "ammonia removal per cell (Xing 2010)"),
        new("q_mab", "pg/h", 0, 10, 1.51, "specific antibody productivity per cell (Möller et al. 2018, Table 2)"),
        new("x_v0", "10*6/mL", 0.01, 10, 0.5, "viable cells at inoculation"),
        new("glc0", "mmol/L", 0, 200, 40, "glucose in the basal medium"),
        new("gln0", "mmol/L", 0, 50, 6, "glutamine in the basal medium"),
        new("lac0", "mmol/L", 0, 100, 0, "lactate at inoculation"),
        new("amm0", "mmol/L", 0, 30, 0.5, "ammonia at inoculation"),
        new("volume0", "L", 0.1, 20000, 1500, "working volume at inoculation"),
        new("volume_max", "L", 0.1, 25000, 2000, "largest working volume; feeding stops there"),
        new("feed_glc", "mmol/L", 0, 2000, 300, "glucose in the feed medium"),
        new("feed_gln", "mmol/L", 0, 300, 25, "glutamine in the feed medium"),
        new("feed_rate", "L/h", 0, 1000, 3.5, "continuous feed rate once feeding starts"),
        new("feed_start", "h", 0, 1000, 72, "time after inoculation when continuous feeding starts"),
        new("temperature_sp", "Cel", 30, 40, 36.5, "culture temperature setpoint"),
        new("ph_sp", "[pH]", 6.6, 7.6, 7.0, "culture pH setpoint"),
        new("do_sp", "%", 10, 90, 40, "dissolved oxygen setpoint, % of air saturation"),
        new("q_o2", "mmol/h", 1e-11, 2e-9, 3e-10, "specific oxygen uptake per cell (0.3 pmol/cell/h, typical CHO value)"),
    ];

    public static double[] Defaults() => All.Select(p => p.Default).ToArray();

    /// <summary>The index of <paramref name="name"/>, or −1.</summary>
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
