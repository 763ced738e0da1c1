using System.Globalization;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Twins.Lab;

/// <summary>
/// Commands: <c>grab {molecule, hand}</c>, <c>release {molecule}</c>, <c>place {molecule, x, y, z, qx, qy, qz, qw}</c>
/// (puts the molecule down there, free) and <c>reset</c> (all back on the bench, free). A molecule someone else
/// holds refuses grab, release and place with error field <c>molecule</c> naming the holder. Each change checks
/// ownership again when it applies (after its audit record commits): a command overtaken in those
/// milliseconds by another one on the same molecule changes nothing, so a held molecule is never taken away.
/// </summary>
public sealed partial class MoleculeLab
{
    public const string GrabAction = "grab";
    public const string ReleaseAction = "release";
    public const string PlaceAction = "place";
    public const string ResetAction = "reset";

    private const string Hands = "left|right";
    private static readonly string MoleculeNames = string.Join('|', LabBench.Molecules);

    private static readonly CommandSpec[] CommandSpecs =
    [
        new(GrabAction, "takes a free molecule (or one you hold) in a hand; it then follows that hand", [Molecule(), new("hand", Hands, "the hand that holds it")]),
        new(ReleaseAction, "lets go of a molecule you hold; it stays where it is", [Molecule()]),
        new(PlaceAction, "puts a free molecule (or one you hold) down at a pose, free", [Molecule(), .. LabPlacement.Arguments]),
        new(ResetAction, "puts every molecule back on the bench, free (trainer, admin)", []),
    ];

    public IReadOnlyList<CommandSpec> Commands => CommandSpecs;

    public Preparation Prepare(TwinCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Action switch
        {
            GrabAction => PrepareGrab(command),
            ReleaseAction => PrepareRelease(command),
            PlaceAction => PreparePlace(command),
            ResetAction => PrepareReset(),
            _ => new TwinError("action", $"{GrabAction}, {ReleaseAction}, {PlaceAction}, {ResetAction}", $"unknown action '{command.Action}'"),
        };
    }

    private Preparation PrepareGrab(TwinCommand command)
    {
        var (molecule, actor, error) = Addressed(command, "a free molecule or one you hold");
        if (error is not null)
        {
            return error;
        }

        var hand = command.Argument("hand")?.Trim().ToUpperInvariant() switch
        {
            "LEFT" => LabHand.Left,
            "RIGHT" => (LabHand?)LabHand.Right,
            _ => null,
        };
        if (hand is not { } taken)
        {
            return new TwinError("hand", Hands, $"'{command.Argument("hand")}' is not a hand");
        }

        var holding = $"{actor}, {(taken == LabHand.Left ? "left" : "right")} hand";
        return new PreparedChange($"{molecule!.Name}.holder", molecule.HolderText, holding, () =>
        {
            if (molecule.IsFree || molecule.Holder == actor.Id)
            {
                Take(molecule, actor, taken);
            }
        });
    }

    private Preparation PrepareRelease(TwinCommand command)
    {
        var (molecule, actor, error) = Addressed(command, "a molecule you hold");
        if (error is not null)
        {
            return error;
        }

        return molecule!.IsFree
            ? new TwinError("molecule", "a molecule you hold", $"the {molecule.Name} is not held")
            : new PreparedChange($"{molecule.Name}.holder", molecule.HolderText, "free", () =>
            {
                if (molecule.Holder == actor.Id)
                {
                    molecule.Free();
                }
            });
    }

    private Preparation PreparePlace(TwinCommand command)
    {
        var (molecule, actor, error) = Addressed(command, "a free molecule or one you hold");
        var (pose, placeError) = error is null ? LabPlacement.Parse(command) : default;
        if ((error ?? placeError) is { } refusal)
        {
            return refusal;
        }

        return new PreparedChange($"{molecule!.Name}.pose", Format(molecule.Pose), Format(pose), () =>
        {
            if (molecule.IsFree || molecule.Holder == actor.Id)
            {
                molecule.Free();
                molecule.Pose = pose;
            }
        });
    }

    private PreparedChange PrepareReset() =>
        new("molecules", $"{_molecules.Count(m => !m.IsFree)} held", "all on the bench, free", () =>
        {
            foreach (var molecule in _molecules)
            {
                molecule.Free();
                molecule.Pose = molecule.Rest;
            }
        });

    /// <summary>The molecule and the sender, or the error: unknown molecule, no sender, or held by someone else.</summary>
    private (LabMolecule? Molecule, LabActor Actor, TwinError? Error) Addressed(TwinCommand command, string accepted)
    {
        var molecule = Find(command.Argument("molecule"));
        if (molecule is null)
        {
            return (null, default, new TwinError("molecule", MoleculeNames, $"no molecule '{command.Argument("molecule")}' on this bench"));
        }

        var (actor, error) = LabActor.From(command);
        return error is not null ? (molecule, actor, error)
            : !molecule.IsFree && molecule.Holder != actor.Id ? (molecule, actor, new TwinError("molecule", accepted, $"the {molecule.Name} is held by {molecule.HolderText}"))
            : (molecule, actor, null);
    }

    private static string Format(RigidPose pose) => string.Create(
        CultureInfo.InvariantCulture,
        $"({pose.Position.X:R}, {pose.Position.Y:R}, {pose.Position.Z:R}) ({pose.Rotation.X:R}, {pose.Rotation.Y:R}, {pose.Rotation.Z:R}, {pose.Rotation.W:R})");

    private static ArgumentSpec Molecule() => new("molecule", MoleculeNames, "which molecule");
}
