using Metaverse.Twins.Core;
using Metaverse.Twins.Patient.Organs;
using Metaverse.Twins.Patient.Pk;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Patient;

/// <summary>The parameters, channels and commands a <see cref="PatientTwin"/> publishes (order = ReadChannels order).</summary>
internal static class PatientTwinSpecs
{
    public static readonly ParameterSpec Amount = new("amount_mg", "mg", 0.001, 100_000, 100, "dose amount");
    public static readonly ParameterSpec Infusion = new("infusion_h", "h", 0.01, 168, 1, "infusion duration");
    public static readonly ParameterSpec Interval = new("interval_h", "h", 0.5, 336, 12, "dosing interval");
    public static readonly ParameterSpec Count = new("doses", "", 1, 1000, 10, "number of doses");

    public static readonly IReadOnlyList<ParameterSpec> Parameters =
    [
        PatientCovariates.Weight, PatientCovariates.Age, PatientCovariates.Creatinine, Amount, Infusion, Interval, Count,
    ];

    /// <summary>Index of organ.plasma.concentration; the tissues and tumour channels follow it.</summary>
    public const int FirstOrganChannel = 14;

    public static readonly IReadOnlyList<ChannelSpec> Channels =
    [
        new("plasma.concentration", "mg/L", "central (plasma) drug concentration", 0.001),
        new("effect", "%", "direct drug effect, sigmoid Emax, % of maximum", 0.1),
        new("receptor.occupancy", "%", "receptor occupancy C/(Kd + C)", 0.1),
        new("biomarker.response", "1", "indirect-response biomarker (baseline kin/kout)", 0.1),
        new("body.amount", "mg", "drug in central + peripheral compartments", 0.01),
        new("depot.amount", "mg", "drug in the absorption depot (bioavailable part)", 0.01),
        new("peripheral.amount", "mg", "drug in the peripheral compartment", 0.01),
        new("eliminated.amount", "mg", "drug eliminated since the start", 0.01),
        new("auc.cumulative", "mg.h/L", "area under the concentration curve since the start", 0.01),
        new("infusion.rate", "mg/h", "sum of running infusion rates", 0.001),
        new("dose.total", "mg", "drug administered so far (oral: when absorption starts)", 0.001),
        new("lab.level", "mg/L", "last measured level (sample command), with residual error; NaN before", 0.001),
        new("patient.clearance", "L/h", "individual clearance", 0.001),
        new("patient.creatinine_clearance", "mL/min", "Cockcroft–Gault creatinine clearance", 0.01),
        new("organ.plasma.concentration", "mg/L", "PBPK venous plasma concentration", 0.001),
        .. TissueNames.All.Select(t => new ChannelSpec(
            $"organ.{t.Name()}.concentration", "mg/L", $"PBPK {t.Name()} tissue concentration (total drug / tissue volume)", 0.001)),
        new("tumour.weight", "g", "Simeoni tumour weight (proliferating + damaged cells)", 0.001),
        new("tumour.volume", "mL", "tumour volume (density 1 g/mL)", 0.001),
    ];

    public static readonly IReadOnlyList<CommandSpec> Commands =
    [
        new("dose", "gives one dose now", [Arg(Amount), new("route", RouteNames.Accepted, "route"), Arg(Infusion)]),
        new("set-regimen", "replaces the scheduled regimen: doses every interval, the first now",
            [Arg(Amount), new("route", RouteNames.Accepted, "route"), Arg(Interval), Arg(Count), Arg(Infusion)]),
        new("stop-regimen", "cancels the scheduled doses not given yet", []),
        new("sample", "draws a blood sample: lab.level = concentration with residual error", []),
    ];

    private static ArgumentSpec Arg(ParameterSpec p) => new(p.Name, p.Range, p.Description);
}
