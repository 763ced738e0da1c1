namespace Metaverse.ClientXr.Xr;

/// <summary>An analogue squeeze (0–1) as a button with hysteresis: down at <see cref="PressAt"/>, up below <see cref="ReleaseBelow"/>.</summary>
internal struct GrabTrigger
{
    public const float PressAt = 0.5f;
    public const float ReleaseBelow = 0.35f;

    public bool Held { get; private set; }

    /// <summary>Feeds this frame's value; returns (pressed, released) edges.</summary>
    public (bool Pressed, bool Released) Update(float value)
    {
        var was = Held;
        Held = was ? value >= ReleaseBelow : value >= PressAt;
        return (Held && !was, !Held && was);
    }
}
