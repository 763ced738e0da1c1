namespace Metaverse.Server.Twins.Lab;

/// <summary>
/// The lab as saved: simulated time and each molecule's pose. Holders are not saved: after a restore
/// (a server restart) every molecule is free where it was.
/// </summary>
public sealed class LabState
{
    /// <summary>Version 1: time and poses.</summary>
    public const int CurrentFormatVersion = 1;

    public double TimeSeconds { get; set; }

    public List<LabMoleculeState> Molecules { get; set; } = [];
}

/// <summary>One molecule's saved pose: position in metres (room frame) and orientation quaternion.</summary>
public sealed record LabMoleculeState(string Name, float X, float Y, float Z, float Qx, float Qy, float Qz, float Qw);
