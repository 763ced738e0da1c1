using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Scenes;

/// <summary>
/// Organ colour by drug concentration: the organ's own colour at zero, through orange to a hot yellow at the
/// scale's top. The scale is the highest organ concentration in the body now (so the hottest organ reads at a
/// glance), at least <see cref="MinimumScaleMgPerL"/> so traces do not flare.
/// </summary>
internal static class OrganColors
{
    public const float MinimumScaleMgPerL = 0.05f;
    private static readonly Rgba Warm = new(1f, 0.45f, 0.05f);
    private static readonly Rgba Hot = new(1f, 0.95f, 0.3f);

    public static Rgba For(Rgba resting, float concentrationMgPerL, float scaleMgPerL)
    {
        if (float.IsNaN(concentrationMgPerL) || concentrationMgPerL <= 0f)
        {
            return resting;
        }

        var t = Math.Clamp(concentrationMgPerL / Math.Max(scaleMgPerL, MinimumScaleMgPerL), 0f, 1f);
        return t < 0.5f ? Rgba.Lerp(resting, Warm, t * 2f) : Rgba.Lerp(Warm, Hot, (t - 0.5f) * 2f);
    }
}
