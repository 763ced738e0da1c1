using System.Numerics;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Twins.Lab;

/// <summary>
/// One molecule of the lab: its pose, and who holds it (avatar entity id, 0 = free) with which hand.
/// While held, its pose is the hand's pose composed with the grab offset (hand⁻¹ ∘ molecule), taken from the
/// holder's latest replicated hand pose when the grab applies (or, without one then, at the next tick).
/// Simulation thread only.
/// </summary>
internal sealed class LabMolecule(string name, RigidPose rest)
{
    private static readonly Vector3 RoomMin = PositionQuantizer.Default.Min;
    private static readonly Vector3 RoomMax = PositionQuantizer.Default.Max;

    public string Name => name;

    public RigidPose Rest { get; } = rest;

    public RigidPose Pose { get; set; } = rest;

    /// <summary>The holder's avatar entity id; 0 when free.</summary>
    public uint Holder { get; private set; }

    public string? HolderName { get; private set; }

    public LabHand Hand { get; private set; }

    /// <summary>The molecule in the hand's frame; null until the holder's hand pose is known.</summary>
    public RigidPose? GrabOffset { get; private set; }

    public bool IsFree => Holder == 0;

    /// <summary>"ada (avatar 3)", or "free".</summary>
    public string HolderText => IsFree ? "free" : $"{HolderName} (avatar {Holder})";

    public void Take(uint holder, string holderName, LabHand hand)
    {
        ArgumentOutOfRangeException.ThrowIfZero(holder);
        (Holder, HolderName, Hand, GrabOffset) = (holder, holderName, hand, null);
    }

    /// <summary>Takes the grab offset from <paramref name="hand"/>, where the molecule is now.</summary>
    public void Grip(RigidPose hand) => GrabOffset = hand.Inverse().Compose(Pose);

    /// <summary>Lets go; the molecule stays where it is.</summary>
    public void Free() => (Holder, HolderName, GrabOffset) = (0, null, null);

    /// <summary>Moves with the holder's hand (taking the grab offset first if it is new); stays in the room bounds.</summary>
    public void Follow(RigidPose hand)
    {
        if (GrabOffset is null)
        {
            Grip(hand);
        }

        var moved = hand.Compose(GrabOffset!.Value);
        Pose = moved with { Position = Vector3.Clamp(moved.Position, RoomMin, RoomMax) };
    }
}
