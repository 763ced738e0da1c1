using System.Numerics;

namespace Metaverse.ClientXr.Desktop;

/// <summary>
/// The desktop camera, moved like StereoKit's simulator: hold the right button and drag to look, WASD to move
/// on the horizontal plane, Q/E down/up, Shift for speed. Metres and radians; yaw 0 looks along −z, positive
/// yaw turns left (counter-clockwise seen from above); pitch positive looks up, limited to ±89°.
/// </summary>
public sealed class FlyCamera
{
    public const float WalkSpeed = 1.5f;
    public const float RunSpeed = 5f;
    public const float LookRadiansPerPixel = 0.004f;
    private const float PitchLimit = 89f * MathF.PI / 180f;

    public FlyCamera(Vector3 position, float yaw, float pitch)
    {
        Position = position;
        Yaw = yaw;
        Pitch = Math.Clamp(pitch, -PitchLimit, PitchLimit);
    }

    /// <summary>Eye position in the world, metres.</summary>
    public Vector3 Position { get; set; }

    public float Yaw { get; private set; }

    public float Pitch { get; private set; }

    public Quaternion Orientation => Quaternion.CreateFromYawPitchRoll(Yaw, Pitch, 0f);

    public Vector3 Forward => Vector3.Transform(-Vector3.UnitZ, Orientation);

    /// <summary>World → eye.</summary>
    public Matrix4x4 ViewMatrix => Matrix4x4.CreateLookTo(Position, Forward, Vector3.UnitY);

    /// <summary>Applies one frame of input over <paramref name="seconds"/>.</summary>
    public void Update(in CameraInput input, float seconds)
    {
        if (input.Looking)
        {
            Yaw -= input.LookDeltaPixels.X * LookRadiansPerPixel;
            Pitch = Math.Clamp(Pitch - (input.LookDeltaPixels.Y * LookRadiansPerPixel), -PitchLimit, PitchLimit);
        }

        var flatForward = new Vector3(-MathF.Sin(Yaw), 0f, -MathF.Cos(Yaw));
        var right = new Vector3(MathF.Cos(Yaw), 0f, -MathF.Sin(Yaw));
        var move = (flatForward * input.Forward) + (right * input.Right) + (Vector3.UnitY * input.Up);
        if (move.LengthSquared() > 1e-6f)
        {
            Position += Vector3.Normalize(move) * (input.Fast ? RunSpeed : WalkSpeed) * seconds;
        }
    }

    /// <summary>Jumps to a viewpoint (scene change, <c>--camera</c>).</summary>
    public void Teleport(Vector3 position, float yaw, float pitch)
    {
        Position = position;
        Yaw = yaw;
        Pitch = Math.Clamp(pitch, -PitchLimit, PitchLimit);
    }
}

/// <summary>
/// One frame of camera input: look (right button held, cursor moved by <see cref="LookDeltaPixels"/>), and
/// movement axes each −1, 0 or 1 (W/S forward, D/A right, E/Q up), <see cref="Fast"/> while Shift is down.
/// </summary>
public readonly record struct CameraInput(bool Looking, Vector2 LookDeltaPixels, float Forward, float Right, float Up, bool Fast);
