using System.Numerics;
using Metaverse.Shared.Replication;

namespace Metaverse.Client;

/// <summary>
/// A smooth, deterministic walk for a bot: the head follows a Lissajous curve inside ±<see cref="WalkExtent"/>
/// metres (default <see cref="Extent"/>) around <see cref="Centre"/> (default the origin) at head height (<see cref="HeadHeight"/>, with a slight bob), turning its head
/// slowly, hands swinging at hip height. Same seed, same path. Head speed stays below
/// <see cref="MaxHeadSpeed"/> and hand speed below <see cref="MaxHandSpeed"/> (metres per second).
/// </summary>
public sealed class BotPath
{
    public const float Extent = 9f;
    public const float HeadHeight = 1.7f;
    public const double MaxHeadSpeed = 2.0;
    public const double MaxHandSpeed = 4.0;

    private const double BobAmplitude = 0.02;
    private const double BobHz = 1.8;
    private const double SwingHz = 0.9;
    private const double SwingMetres = 0.2;
    private const double SwingPitch = 0.4;
    private const float ShoulderHalfWidth = 0.25f;
    private const float HandHeight = 1.0f;

    private readonly double _omegaX;
    private readonly double _omegaZ;
    private readonly double _phaseX;
    private readonly double _phaseZ;
    private readonly double _yaw;
    private readonly double _yawPhase;

    public BotPath(int seed, Vector3 centre = default, float extent = Extent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(extent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(extent, Extent);
        Seed = seed;
        Centre = centre;
        WalkExtent = extent;
        var state = (ulong)(uint)seed;
        // Angular rates (rad/s) keep the walk near 1.5 m/s: 9 m × |(0.12, 0.15)| ≈ 1.73 m/s at most.
        _omegaX = 0.08 + (0.04 * Next(ref state));
        _omegaZ = 0.11 + (0.04 * Next(ref state));
        _phaseX = 2 * Math.PI * Next(ref state);
        _phaseZ = 2 * Math.PI * Next(ref state);
        _yaw = 2 * Math.PI * Next(ref state);
        _yawPhase = 2 * Math.PI * Next(ref state);
    }

    public int Seed { get; }

    /// <summary>Centre of the walk on the floor (metres; its y is ignored).</summary>
    public Vector3 Centre { get; }

    /// <summary>Half-width of the walk, metres, at most <see cref="Extent"/> (so speeds stay within their limits).</summary>
    public float WalkExtent { get; }

    /// <summary>The pose at <paramref name="seconds"/> since the bot started walking.</summary>
    public AvatarPose PoseAt(double seconds)
    {
        var t = seconds;
        var x = Centre.X + (WalkExtent * Math.Sin((_omegaX * t) + _phaseX));
        var z = Centre.Z + (WalkExtent * Math.Sin((_omegaZ * t) + _phaseZ));
        var y = HeadHeight + (BobAmplitude * Math.Sin(2 * Math.PI * BobHz * t));
        var yaw = _yaw + (0.6 * Math.Sin((0.25 * t) + _yawPhase));
        var pitch = 0.1 * Math.Sin((0.4 * t) + _yawPhase);
        var facing = Quaternion.CreateFromAxisAngle(Vector3.UnitY, (float)yaw);
        var head = new Vector3((float)x, (float)y, (float)z);
        var headRotation = Quaternion.Normalize(facing * Quaternion.CreateFromAxisAngle(Vector3.UnitX, (float)pitch));

        var swing = Math.Sin(2 * Math.PI * SwingHz * t);
        var left = Hand(head, facing, -ShoulderHalfWidth, swing);
        var right = Hand(head, facing, ShoulderHalfWidth, -swing);
        var leftRotation = Quaternion.Normalize(facing * Quaternion.CreateFromAxisAngle(Vector3.UnitX, (float)(SwingPitch * swing)));
        var rightRotation = Quaternion.Normalize(facing * Quaternion.CreateFromAxisAngle(Vector3.UnitX, (float)(-SwingPitch * swing)));
        return new AvatarPose(head, headRotation, left, leftRotation, right, rightRotation);
    }

    private static Vector3 Hand(Vector3 head, Quaternion facing, float side, double swing)
    {
        var local = new Vector3(side, 0, (float)(SwingMetres * swing));
        var offset = Vector3.Transform(local, facing);
        return new Vector3(head.X + offset.X, HandHeight + (float)(0.05 * swing * swing), head.Z + offset.Z);
    }

    /// <summary>SplitMix64 step → a fraction in [0, 1).</summary>
    private static double Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
