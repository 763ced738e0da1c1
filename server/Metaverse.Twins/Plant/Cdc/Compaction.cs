namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// Compaction of one tablet in a flat-faced round die (SI units: kg, m, Pa, N).
/// Heckel (1961): ln(1/(1 − D)) = k·P + A, with D the in-die relative density W/(ρ_true·A_die·h);
/// porosity after ejection ε = 1 − W/(ρ_true·A_die·h·(1 + ER)); Ryshkewitch–Duckworth tensile strength
/// σ = σ0·e^(−λ·x_lub)·e^(−b·ε); diametral breaking force F_b = σ·π·D·h_out/2 (Fell &amp; Newton 1970).
/// </summary>
public static class Compaction
{
    /// <summary>Relative density at which the Heckel pressure is capped (the die never closes fully).</summary>
    public const double MaxRelativeDensity = 0.995;

    /// <summary>Compaction pressure, Pa, for relative density <paramref name="relativeDensity"/>; 0 below the Heckel intercept.</summary>
    public static double HeckelPressure(double relativeDensity, double kPerMpa, double intercept)
    {
        var d = Math.Clamp(relativeDensity, 0, MaxRelativeDensity);
        var pressureMpa = (Math.Log(1 / (1 - d)) - intercept) / kPerMpa;
        return Math.Max(0, pressureMpa) * 1e6;
    }

    /// <summary>Relative density for pressure <paramref name="pressurePa"/> (inverse of <see cref="HeckelPressure"/>).</summary>
    public static double HeckelDensity(double pressurePa, double kPerMpa, double intercept) =>
        1 - Math.Exp(-((kPerMpa * pressurePa / 1e6) + intercept));

    /// <summary>Porosity in [0, 1] of a tablet of mass <paramref name="mass"/> and volume <paramref name="volume"/>.</summary>
    public static double Porosity(double mass, double trueDensity, double volume) =>
        Math.Clamp(1 - (mass / (trueDensity * volume)), 0, 1);

    /// <summary>Ryshkewitch–Duckworth tensile strength, Pa.</summary>
    public static double TensileStrength(double sigma0Pa, double porositySensitivity, double porosity) =>
        sigma0Pa * Math.Exp(-porositySensitivity * porosity);

    /// <summary>Diametral breaking force, N, of a cylinder with tensile strength σ (Pa), diameter and thickness (m).</summary>
    public static double BreakingForce(double tensilePa, double diameter, double thickness) =>
        tensilePa * Math.PI * diameter * thickness / 2;

    /// <summary>Tensile strength from a diametral breaking force: σ = 2F/(πDh), Pa.</summary>
    public static double TensileFromBreakingForce(double force, double diameter, double thickness) =>
        2 * force / (Math.PI * diameter * thickness);
}
