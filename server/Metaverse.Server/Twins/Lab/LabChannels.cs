using Metaverse.Twins.Core;

namespace Metaverse.Server.Twins.Lab;

/// <summary>
/// The lab's channels, eight per molecule in <see cref="LabBench.Molecules"/> order: <c>&lt;name&gt;.x</c>,
/// <c>.y</c>, <c>.z</c> (m, room frame; deadband 1 mm), <c>.qx</c>, <c>.qy</c>, <c>.qz</c>, <c>.qw</c> (unit
/// orientation quaternion; deadband 0.001) and <c>.holder</c> (the holder's avatar entity id as a number,
/// 0 = free; exact in float32 for ids below 2^24).
/// </summary>
public static class LabChannels
{
    /// <summary>Channels per molecule.</summary>
    public const int PerMolecule = 8;

    /// <summary>Replication deadband of a position, metres.</summary>
    public const double PositionDeadband = 0.001;

    /// <summary>Replication deadband of a quaternion component.</summary>
    public const double RotationDeadband = 0.001;

    public static readonly IReadOnlyList<ChannelSpec> All = [.. LabBench.Molecules.SelectMany(For)];

    private static IEnumerable<ChannelSpec> For(string molecule) =>
    [
        new($"{molecule}.x", "m", $"{molecule} centre, x", PositionDeadband),
        new($"{molecule}.y", "m", $"{molecule} centre, y (up)", PositionDeadband),
        new($"{molecule}.z", "m", $"{molecule} centre, z", PositionDeadband),
        new($"{molecule}.qx", string.Empty, $"{molecule} orientation quaternion, x", RotationDeadband),
        new($"{molecule}.qy", string.Empty, $"{molecule} orientation quaternion, y", RotationDeadband),
        new($"{molecule}.qz", string.Empty, $"{molecule} orientation quaternion, z", RotationDeadband),
        new($"{molecule}.qw", string.Empty, $"{molecule} orientation quaternion, w (scalar part)", RotationDeadband),
        new($"{molecule}.holder", string.Empty, $"avatar entity id of whoever holds the {molecule}; 0 = free", 0.5),
    ];
}
