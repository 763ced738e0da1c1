using Metaverse.Server.Auth;
using Metaverse.Server.Twins.Lab;
using Metaverse.Twins.Core;
using Metaverse.Twins.Patient;
using Metaverse.Twins.Patient.Trial;
using Metaverse.Twins.Plant.Bioreactor;
using Metaverse.Twins.Plant.Cdc;
using Metaverse.Twins.Plant.Lyophilization;

namespace Metaverse.Server.Twins;

/// <summary>The twin models this build of the server hosts.</summary>
public static class BuiltinTwinKinds
{
    /// <summary>Roles that run and maintain the plant twins.</summary>
    public static readonly IReadOnlySet<string> PlantRoles = new HashSet<string>(["operator", "engineer", "trainer", "trainee", "admin"], StringComparer.Ordinal);

    /// <summary>Roles that dose and study the patient twins.</summary>
    public static readonly IReadOnlySet<string> PatientRoles = new HashSet<string>(["clinician", "pharmacologist", "researcher", "trainer", "admin"], StringComparer.Ordinal);

    /// <summary>Every role: anyone in a lab may grab, turn, hand over and put down molecules.</summary>
    public static readonly IReadOnlySet<string> LabRoles = new HashSet<string>(Roles.All, StringComparer.Ordinal);

    /// <summary>Roles that run a lab session: reset the bench, change the lab's time scale.</summary>
    public static readonly IReadOnlySet<string> LabLeadRoles = new HashSet<string>(["trainer", "admin"], StringComparer.Ordinal);

    public static TwinKinds Create() => new(
    [
        new TwinKind("cdc-line", seed => CdcLine.CreateDefault(seed), 1_000, PlantRoles),
        new TwinKind("bioreactor", seed => Bioreactor.CreateDefault(seed), 10_000, PlantRoles),
        new TwinKind("lyophilizer", seed => Lyophilizer.CreateDefault(seed), 10_000, PlantRoles),
        new TwinKind("patient", seed => PatientTwin.CreateDefault(seed), 10_000, PatientRoles) { CreateFrom = PatientTwinArguments.Create },
        new TwinKind(TrialTwin.TwinKind, _ => throw new InvalidOperationException("a trial twin needs its spec"), 100_000, PatientRoles)
        {
            CreateFrom = (_, _, arguments) => arguments.GetValueOrDefault("spec") is { Length: > 0 } spec
                ? TrialTwin.Create(spec)
                : (null, new TwinError("arguments.spec", "a trial spec as JSON (see assets/trials/example-trial.json)", "a trial twin needs its spec")),
            FromSnapshot = TrialTwin.FromSnapshot,
        },
        new TwinKind(MoleculeLab.KindName, MoleculeLab.CreateDefault, 1, LabRoles)
        {
            InjectsActor = true,
            ActionRoles = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
            {
                [MoleculeLab.ResetAction] = LabLeadRoles,
                [HostedTwin.TimeScaleAction] = LabLeadRoles,
            },
        },
    ]);
}
