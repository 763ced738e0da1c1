using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Scenes;

/// <summary>Status-light colours: green healthy, amber warning, red alarm or failure, grey without data.</summary>
internal static class HealthColors
{
    public static readonly Rgba Healthy = new(0.1f, 0.9f, 0.25f);
    public static readonly Rgba Warning = new(1f, 0.62f, 0.05f);
    public static readonly Rgba Alarm = new(1f, 0.08f, 0.05f);
    public static readonly Rgba Unknown = new(0.4f, 0.4f, 0.4f);

    /// <summary>Unknown when <paramref name="anyValue"/> is NaN; otherwise alarm beats warning beats healthy.</summary>
    public static Rgba For(float anyValue, bool alarm, bool warning) =>
        float.IsNaN(anyValue) ? Unknown : alarm ? Alarm : warning ? Warning : Healthy;

    /// <summary>A temperature (°C) on a blue (−50 °C) to red (+40 °C) scale, for shelves.</summary>
    public static Rgba Temperature(float celsius)
    {
        if (float.IsNaN(celsius))
        {
            return Unknown;
        }

        var t = Math.Clamp((celsius + 50f) / 90f, 0f, 1f);
        return t < 0.5f
            ? Rgba.Lerp(new Rgba(0.1f, 0.3f, 1f), new Rgba(0.85f, 0.85f, 0.85f), t * 2f)
            : Rgba.Lerp(new Rgba(0.85f, 0.85f, 0.85f), new Rgba(1f, 0.2f, 0.1f), (t - 0.5f) * 2f);
    }
}
