using System.Numerics;

namespace Metaverse.ClientXr.Rendering;

/// <summary>A colour with alpha, each 0–1: linear RGB for meshes and lines, display (sRGB) values for UI quads and text (see <see cref="DrawList"/>).</summary>
public readonly record struct Rgba(float R, float G, float B, float A = 1f)
{
    public static readonly Rgba White = new(1f, 1f, 1f);
    public static readonly Rgba Black = new(0f, 0f, 0f);
    public static readonly Rgba Red = new(0.9f, 0.1f, 0.08f);
    public static readonly Rgba Green = new(0.1f, 0.75f, 0.2f);
    public static readonly Rgba Amber = new(1f, 0.6f, 0.05f);
    public static readonly Rgba Grey = new(0.5f, 0.5f, 0.5f);

    public Vector4 ToVector4() => new(R, G, B, A);

    public Rgba WithAlpha(float alpha) => this with { A = alpha };

    /// <summary>Linear blend: <paramref name="t"/> 0 gives <paramref name="from"/>, 1 gives <paramref name="to"/> (clamped).</summary>
    public static Rgba Lerp(Rgba from, Rgba to, float t)
    {
        t = Math.Clamp(t, 0f, 1f);
        return new(from.R + ((to.R - from.R) * t), from.G + ((to.G - from.G) * t), from.B + ((to.B - from.B) * t), from.A + ((to.A - from.A) * t));
    }
}
