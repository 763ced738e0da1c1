using System.Numerics;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Xr;

/// <summary>
/// Thumbstick locomotion. Push forward: aim a teleport (the aim ray meets the floor y = 0 within <see cref="MaxTeleportDistance"/>);
/// release: jump there (the head lands above the target). Left/right: snap turn by <see cref="SnapDegrees"/> once per push
/// (re-armed when the stick returns near the centre), or smooth turn at <see cref="SmoothDegreesPerSecond"/> × deflection.
/// Pure: no OpenXR; state changes only through <see cref="Update"/>.
/// </summary>
internal sealed class Locomotion
{
    public const float PushThreshold = 0.7f;
    public const float ReleaseThreshold = 0.3f;
    public const float MaxTeleportDistance = 20f;
    public const float SmoothDeadZone = 0.2f;

    private bool _turnArmed = true;

    public Locomotion(TurnMode turn = TurnMode.Snap, float snapDegrees = 30f, float smoothDegreesPerSecond = 90f)
    {
        Turn = turn;
        SnapDegrees = snapDegrees;
        SmoothDegreesPerSecond = smoothDegreesPerSecond;
    }

    public TurnMode Turn { get; }

    public float SnapDegrees { get; }

    public float SmoothDegreesPerSecond { get; }

    /// <summary>True while the stick is pushed forward (the teleport arc is shown).</summary>
    public bool Aiming { get; private set; }

    /// <summary>Where a release would land, when the aim ray meets the floor.</summary>
    public Vector3? Target { get; private set; }

    /// <summary>Applies one frame: <paramref name="stick"/> (−1..1, +y forward), the world aim ray and head; moves <paramref name="space"/>. True when a teleport happened.</summary>
    public bool Update(Vector2 stick, Ray aim, Vector3 headWorld, float seconds, PlaySpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var teleported = UpdateTeleport(stick, aim, headWorld, space);
        if (!Aiming)
        {
            UpdateTurn(stick.X, headWorld, seconds, space);
        }

        return teleported;
    }

    /// <summary>Where <paramref name="aim"/> meets the floor y = 0, within <see cref="MaxTeleportDistance"/> metres (from above only).</summary>
    public static Vector3? FloorHit(Ray aim) =>
        aim.TryIntersectPlaneFront(Vector3.Zero, Vector3.UnitY, out var distance) && distance <= MaxTeleportDistance ? aim.At(distance) : null;

    private bool UpdateTeleport(Vector2 stick, Ray aim, Vector3 headWorld, PlaySpace space)
    {
        if (stick.Y >= PushThreshold && MathF.Abs(stick.X) < PushThreshold)
        {
            Aiming = true;
        }

        if (!Aiming)
        {
            return false;
        }

        if (stick.Y > ReleaseThreshold)
        {
            Target = FloorHit(aim);
            return false;
        }

        Aiming = false;
        var target = Target;
        Target = null;
        if (target is not { } floor)
        {
            return false;
        }

        space.MoveHeadOver(headWorld, floor);
        return true;
    }

    private void UpdateTurn(float x, Vector3 headWorld, float seconds, PlaySpace space)
    {
        if (Turn == TurnMode.Smooth)
        {
            if (MathF.Abs(x) > SmoothDeadZone)
            {
                space.TurnAbout(headWorld, -float.DegreesToRadians(SmoothDegreesPerSecond) * x * seconds);
            }

            return;
        }

        if (MathF.Abs(x) < ReleaseThreshold)
        {
            _turnArmed = true;
        }
        else if (_turnArmed && MathF.Abs(x) >= PushThreshold)
        {
            _turnArmed = false;
            space.TurnAbout(headWorld, -MathF.Sign(x) * float.DegreesToRadians(SnapDegrees));
        }
    }
}
