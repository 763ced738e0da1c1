namespace Metaverse.ClientXr.Scenes;

/// <summary>
/// An angle that advances with a twin's simulated time, not the wall clock: a turret or an impeller turns at its
/// rate while the twin runs and stands still while it is paused, so a frame depends only on the replicated state.
/// </summary>
internal sealed class TwinClock
{
    private float _lastTwinSeconds = float.NaN;

    /// <summary>Radians, wrapped to 0–2π.</summary>
    public float Angle { get; private set; }

    /// <summary>Advances by <paramref name="radiansPerSimulatedSecond"/> × the simulated seconds since the last call.</summary>
    public float Advance(float twinSeconds, float radiansPerSimulatedSecond)
    {
        if (float.IsFinite(twinSeconds) && float.IsFinite(_lastTwinSeconds) && float.IsFinite(radiansPerSimulatedSecond))
        {
            // A time scale of 1,000× would spin a turret into a blur: cap one frame's turn at a quarter turn.
            var step = Math.Clamp((twinSeconds - _lastTwinSeconds) * radiansPerSimulatedSecond, -MathF.PI / 2, MathF.PI / 2);
            Angle = (Angle + step) % (2 * MathF.PI);
        }

        _lastTwinSeconds = twinSeconds;
        return Angle;
    }
}
