using System.Numerics;

namespace Metaverse.Server.Twins.Lab;

/// <summary>
/// The lab bench and the molecules resting on it, in the room frame (metres, +y up). The bench stands in the
/// molecule lab, 40 m north of the plant hall (the client's SceneLayout.MoleculeCentre), along x at z = −40.3 m;
/// each molecule rests with its centre at y = 1.1 m, unrotated (identity quaternion), 0.4 m apart:
/// theophylline x = −0.8, paracetamol x = −0.4, ibuprofen x = 0, caffeine x = 0.4, aspirin x = 0.8 m. <c>reset</c> puts them all back here; the client's molecule-lab scene draws the bench
/// under these positions.
/// </summary>
public static class LabBench
{
    /// <summary>Height of the molecules' centres above the floor, in metres.</summary>
    public const float RestHeight = 1.1f;

    /// <summary>The bench's z (metres); it runs along x.</summary>
    public const float BenchZ = -40.3f;

    /// <summary>The molecule names in channel order; also the <c>molecule</c> argument's accepted values.</summary>
    public static readonly IReadOnlyList<string> Molecules = ["theophylline", "paracetamol", "ibuprofen", "caffeine", "aspirin"];

    /// <summary>Each molecule's x on the bench, metres, in <see cref="Molecules"/> order.</summary>
    public static readonly IReadOnlyList<float> RestX = [-0.8f, -0.4f, 0f, 0.4f, 0.8f];

    /// <summary>Where molecule number <paramref name="index"/> (in <see cref="Molecules"/> order) rests.</summary>
    public static RigidPose RestPose(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Molecules.Count);
        return new RigidPose(new Vector3(RestX[index], RestHeight, BenchZ), Quaternion.Identity);
    }
}
