using System.Numerics;

namespace Metaverse.ClientXr.Ui;

/// <summary>
/// A rectangle on a panel in metres, in layout coordinates: <see cref="X"/> to the right of the panel's top-left corner,
/// <see cref="Top"/> downward from it (panel-local y is <c>-Top</c>).
/// </summary>
public readonly record struct UiRect(float X, float Top, float Width, float Height)
{
    public float Right => X + Width;

    public float Bottom => Top + Height;

    /// <summary>True when <paramref name="point"/> (x right, y down) lies inside, edges included.</summary>
    public bool Contains(Vector2 point) => point.X >= X && point.X <= Right && point.Y >= Top && point.Y <= Bottom;

    /// <summary>This rectangle shrunk by <paramref name="inset"/> on every side (never below zero size).</summary>
    public UiRect Inset(float inset) =>
        new(X + inset, Top + inset, MathF.Max(0f, Width - (2f * inset)), MathF.Max(0f, Height - (2f * inset)));
}
