using Metaverse.Shared.Replication;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Twins.Lab;

/// <summary>
/// The molecule lab (kind "molecule-lab"): five molecules on a bench (<see cref="LabBench"/>) that people
/// grab, turn, hand over and put down. One holder per molecule: a grab of a molecule someone else holds is
/// refused naming the holder. A held molecule follows its holder's hand every tick on the server
/// (<see cref="Follow"/>), so dragging needs no commands; only grab, release, place and reset are audited.
/// A holder who leaves the room or disconnects lets go (the molecule stays where it was). Commands carry the
/// sender injected by the server (<see cref="TwinActor"/>). Nothing is simulated: time only counts.
/// Simulation thread only.
/// </summary>
public sealed partial class MoleculeLab : ITwin, IFollowsAvatars
{
    public const string KindName = "molecule-lab";

    private readonly LabMolecule[] _molecules = [.. LabBench.Molecules.Select((name, i) => new LabMolecule(name, LabBench.RestPose(i)))];

    /// <summary>The room's pose lookup from the latest <see cref="Follow"/>; null before the first (a lab outside a room).</summary>
    private IAvatarPoses? _avatars;

    public string Kind => KindName;

    public double TimeSeconds { get; private set; }

    public IReadOnlyList<ParameterSpec> Parameters => [];

    public IReadOnlyList<ChannelSpec> Channels => LabChannels.All;

    /// <summary>Every molecule on the bench, free; the lab has no randomness, so the seed is unused.</summary>
    public static MoleculeLab CreateDefault(ulong seed) => new();

    /// <summary>Where molecule <paramref name="name"/> is now (room frame).</summary>
    public RigidPose PoseOf(string name) => Find(name)?.Pose ?? throw new ArgumentException($"no molecule '{name}'", nameof(name));

    /// <summary>The avatar entity id holding molecule <paramref name="name"/>; 0 when free.</summary>
    public uint HolderOf(string name) => Find(name)?.Holder ?? throw new ArgumentException($"no molecule '{name}'", nameof(name));

    public void ReadChannels(Span<double> values)
    {
        for (var i = 0; i < _molecules.Length; i++)
        {
            var molecule = _molecules[i];
            var (p, q) = (molecule.Pose.Position, molecule.Pose.Rotation);
            var row = values.Slice(i * LabChannels.PerMolecule, LabChannels.PerMolecule);
            (row[0], row[1], row[2]) = (p.X, p.Y, p.Z);
            (row[3], row[4], row[5], row[6]) = (q.X, q.Y, q.Z, q.W);
            row[7] = molecule.Holder;
        }
    }

    public void Step(double dtSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dtSeconds);
        TimeSeconds += dtSeconds;
    }

    /// <summary>Each held molecule follows its holder's hand; a holder without a pose in the room lets go.</summary>
    public void Follow(IAvatarPoses avatars)
    {
        ArgumentNullException.ThrowIfNull(avatars);
        _avatars = avatars;
        foreach (var molecule in _molecules)
        {
            if (molecule.IsFree)
            {
                continue;
            }

            if (!avatars.TryGetPose(molecule.Holder, out var pose))
            {
                molecule.Free();
                continue;
            }

            molecule.Follow(HandOf(pose, molecule.Hand));
        }
    }

    private static RigidPose HandOf(AvatarPose pose, LabHand hand) => hand == LabHand.Left
        ? new RigidPose(pose.LeftHandPosition, pose.LeftHandRotation)
        : new RigidPose(pose.RightHandPosition, pose.RightHandRotation);

    /// <summary>Takes the molecule in the actor's hand, gripping it where the hand is now when the room has its pose.</summary>
    private void Take(LabMolecule molecule, LabActor actor, LabHand hand)
    {
        molecule.Take(actor.Id, actor.Name, hand);
        if (_avatars?.TryGetPose(actor.Id, out var pose) == true)
        {
            molecule.Grip(HandOf(pose, hand));
        }
    }

    private LabMolecule? Find(string? name) =>
        Array.Find(_molecules, m => string.Equals(m.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
