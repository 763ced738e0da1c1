using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// The CDC line's parameters and setpoints, in the order of <see cref="All"/> (the indices below).
/// Units are UCUM; ranges are closed. Values live in <see cref="CdcState.Parameters"/>.
/// </summary>
public static class CdcParameters
{
    public const int FeederSetpoint = 0; // + ingredient index
    public const int FeederCapacity = 3; // + ingredient index
    public const int FeedNoise = 6;
    public const int FeedNoiseTime = 7;
    public const int FlowMeasurementNoise = 8;
    public const int RefillLevel = 9;
    public const int RefillDuration = 10;
    public const int RefillDisturbance = 11;
    public const int RefillRecovery = 12;
    public const int AutoRefill = 13;
    public const int BlenderTanks = 14;
    public const int BlenderMrt = 15;
    public const int ApiTarget = 16;
    public const int ApiTolerance = 17;
    public const int TurretSpeed = 18;
    public const int Stations = 19;
    public const int DieDiameter = 20;
    public const int Thickness = 21;
    public const int TargetWeight = 22;
    public const int WeightRsd = 23;
    public const int HopperTarget = 24;
    public const int BulkDensity = 25; // + ingredient index
    public const int TrueDensity = 28;
    public const int HeckelK = 29;
    public const int HeckelA = 30;
    public const int ElasticRecovery = 31;
    public const int Sigma0 = 32;
    public const int PorositySensitivity = 33;
    public const int LubricantSensitivity = 34;
    public const int ControlEnabled = 35;
    public const int ApiGain = 36;
    public const int ApiIntegralTime = 37;
    public const int WeightIntegralTime = 38;
    public const int LevelGain = 39;
    public const int NirPeriod = 40;
    public const int NirNoise = 41;
    public const int LotDuration = 42;
    public const int ReleaseSamplePeriod = 43;
    public const int ContentRsd = 44;
    public const int WearRate = 45;
    public const int LoadExponent = 46;
    public const int ReferenceForce = 47;
    public const int AlertRul = 48;
    public const int AnomalyThreshold = 49;
    public const int PunchVariation = 50;
    public const int FeederPower = 51;
    public const int BlenderPower = 52;
    public const int PressIdlePower = 53;
    public const int PressPowerPerRpm = 54;
    public const int AuxiliaryPower = 55;
    public const int EmissionFactor = 56;

    /// <summary>Largest number of tanks in series (state arrays are sized for it).</summary>
    public const int MaxTanks = 30;

    public static IReadOnlyList<ParameterSpec> All { get; } =
    [
        new("feeder.api.setpoint", "kg/h", 0, 10, 2, "API loss-in-weight feeder mass-flow setpoint"),
        new("feeder.excipient.setpoint", "kg/h", 0, 60, 17.8, "excipient (filler) feeder mass-flow setpoint"),
        new("feeder.lubricant.setpoint", "kg/h", 0, 2, 0.2, "lubricant (magnesium stearate) feeder mass-flow setpoint"),
        new("feeder.api.capacity", "kg", 0.5, 100, 8, "API hopper capacity (refill fills to it)"),
        new("feeder.excipient.capacity", "kg", 0.5, 200, 40, "excipient hopper capacity"),
        new("feeder.lubricant.capacity", "kg", 0.1, 20, 2, "lubricant hopper capacity"),
        new("feeder.noise", "1", 0, 0.2, 0.01, "feed-rate noise, relative standard deviation"),
        new("feeder.noise_time", "s", 0.5, 600, 5, "correlation time of the feed-rate noise (AR(1))"),
        new("feeder.measurement_noise", "1", 0, 0.1, 0.002, "relative noise of the load-cell flow measurement used by the RTD soft sensor"),
        new("feeder.refill_level", "1", 0.05, 0.9, 0.2, "hopper fraction of capacity that triggers an automatic refill"),
        new("feeder.refill_duration", "s", 1, 600, 30, "duration of a refill (volumetric mode)"),
        new("feeder.refill_disturbance", "1", 0, 1, 0.15, "relative over-feed during a refill (powder densification)"),
        new("feeder.refill_recovery", "s", 1, 600, 20, "time constant of the over-feed decay after a refill"),
        new("feeder.auto_refill", "1", 0, 1, 1, "1: refill automatically at refill_level; 0: only on command (integer)"),
        new("blender.tanks", "1", 1, MaxTanks, 6, "number of tanks in series n of the blender RTD (integer)"),
        new("blender.mrt", "s", 5, 1800, 90, "blender mean residence time τ"),
        new("spec.api_target", "%", 0.1, 90, 10, "target API mass fraction of the blend (label claim / tablet weight)"),
        new("spec.api_tolerance", "%", 0.5, 25, 5, "diversion limit: predicted API fraction within ± this % of target"),
        new("press.turret_speed", "/min", 5, 120, 55.5, "turret speed"),
        new("press.stations", "1", 1, 80, 24, "punch stations on the turret (integer)"),
        new("press.die_diameter", "mm", 3, 25, 10, "flat-faced round die diameter D"),
        new("press.thickness", "mm", 1, 10, 2.5, "in-die tablet thickness at maximum compression (punch gap)"),
        new("press.target_weight", "mg", 20, 2000, 250, "target tablet weight"),
        new("press.weight_rsd", "%", 0, 10, 0.8, "tablet-to-tablet die-fill weight variation, relative standard deviation"),
        new("press.hopper_target", "kg", 0.05, 20, 0.3, "press feed hopper holdup setpoint (level control)"),
        new("material.api.bulk_density", "g/cm3", 0.1, 1.5, 0.35, "API poured bulk density"),
        new("material.excipient.bulk_density", "g/cm3", 0.1, 1.5, 0.55, "excipient poured bulk density"),
        new("material.lubricant.bulk_density", "g/cm3", 0.1, 1.5, 0.25, "lubricant poured bulk density"),
        new("material.true_density", "g/cm3", 0.8, 3, 1.5, "true (particle) density of the blend"),
        new("material.heckel_k", "/MPa", 0.001, 0.1, 0.0125, "Heckel slope k (1/k = mean yield pressure)"),
        new("material.heckel_a", "1", 0, 3, 0.6, "Heckel intercept A"),
        new("material.elastic_recovery", "%", 0, 20, 3, "axial elastic recovery after ejection"),
        new("material.sigma0", "MPa", 0.5, 50, 8, "Ryshkewitch–Duckworth tensile strength at zero porosity"),
        new("material.porosity_sensitivity", "1", 1, 30, 8, "Ryshkewitch–Duckworth constant b in σ = σ0·e^(−bε)"),
        new("material.lubricant_sensitivity", "1", 0, 100, 20, "loss of bonding per unit lubricant mass fraction, σ0·e^(−λ·x_lub)"),
        new("control.enabled", "1", 0, 1, 1, "1: feedback control on (API ratio, tablet weight, hopper level); 0: open loop (integer)"),
        new("control.api_gain", "1", 0, 5, 0.5, "API concentration PI: proportional gain (relative trim per relative error)"),
        new("control.api_integral_time", "s", 10, 3600, 300, "API concentration PI: integral time"),
        new("control.weight_integral_time", "s", 5, 3600, 60, "tablet-weight integral controller time (fill depth)"),
        new("control.level_gain", "1", 0, 5, 0.5, "press hopper level P gain (relative flow per relative level error)"),
        new("nir.sample_period", "s", 1, 120, 5, "NIR blend-uniformity sensor sample period (rounded to whole seconds)"),
        new("nir.noise", "%", 0, 2, 0.1, "NIR prediction error, standard deviation in % w/w"),
        new("release.lot_duration", "h", 0.1, 24, 1, "real-time release lot length"),
        new("release.sample_period", "s", 1, 3600, 30, "one tablet's content assayed every this many seconds"),
        new("release.content_rsd", "%", 0, 10, 1, "tablet-to-tablet API content variation beyond weight, RSD"),
        new("health.wear_rate", "/h", 0, 1, 0.002, "wear per running hour at the reference force (1 = failure)"),
        new("health.load_exponent", "1", 0, 4, 2, "wear rate ∝ (F/F_ref)^p"),
        new("health.reference_force", "kN", 1, 50, 8, "reference compression force for the wear rate"),
        new("health.alert_rul", "h", 0, 1000, 24, "maintenance alert when the RUL estimate falls to this"),
        new("health.anomaly_threshold", "1", 1, 50, 6, "anomaly alert when a feature's EWMA z-score exceeds this"),
        new("health.punch_variation", "mm", 0, 0.5, 0.05, "punch-length variation (SD) at full wear"),
        new("energy.feeder_power", "kW", 0, 10, 0.3, "electric power of each feeder"),
        new("energy.blender_power", "kW", 0, 20, 1.5, "electric power of the blender"),
        new("energy.press_idle_power", "kW", 0, 50, 3, "press base power (drives, controls) while running"),
        new("energy.press_power_per_rpm", "kW/(1/min)", 0, 1, 0.05, "press power per turret rpm"),
        new("energy.auxiliary_power", "kW", 0, 50, 2, "dust extraction, PAT and control cabinet"),
        new("energy.emission_factor", "kg/(kW.h)", 0, 1.5, 0.4, "grid emission factor, kg CO2e per kWh"),
    ];

    /// <summary>Parameters that only take whole numbers.</summary>
    public static bool IsInteger(int index) =>
        index is AutoRefill or BlenderTanks or Stations or ControlEnabled;

    /// <summary>The index of <paramref name="name"/>, or −1.</summary>
    public static int IndexOf(string? name)
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

    /// <summary>All names, comma-separated, for error messages and help.</summary>
    public static string Names => string.Join(", ", All.Select(p => p.Name));

    /// <summary>The defaults, in index order.</summary>
    public static double[] Defaults() => All.Select(p => p.Default).ToArray();
}
