namespace Metaverse.Twins.Plant.Lyophilization;

/// <summary>
/// Pseudo-steady heat and mass transfer in one vial during primary drying (Pikal 1985; LyoPRONTO's
/// formulation). Shelf heat Kv·Av·(Tsh − Tb) flows by conduction through the frozen layer
/// k_ice·Ap·(Tb − Tsub)/(Lpr0 − L) and is all spent on sublimation ΔHs·dm/dt, with
/// dm/dt = Ap·(P_ice(Tsub) − Pc)/Rp. Units as LyoPRONTO: cm, Torr, h, g, cal, °C.
/// </summary>
public static class PikalVial
{
    /// <summary>Heat of sublimation of ice, cal/g.</summary>
    public const double SublimationHeat = 678.0;

    /// <summary>Thermal conductivity of ice, cal/(cm·s·K).</summary>
    public const double IceConductivity = 0.0059;

    /// <summary>Densities, g/mL: ice, solute, solution.</summary>
    public const double IceDensity = 0.918;

    public const double SoluteDensity = 1.5;

    public const double SolutionDensity = 1.0;

    /// <summary>Vapour pressure of ice, Torr, at <paramref name="celsius"/>: 2.698e10·exp(−6144.96/T).</summary>
    public static double IceVaporPressure(double celsius) => 2.698e10 * Math.Exp(-6144.96 / (273.15 + celsius));

    /// <summary>Rp = R0 + A1·L/(1 + A2·L), cm²·Torr·h/g, for dried cake length <paramref name="cake"/> cm.</summary>
    public static double Resistance(double cake, double r0, double a1, double a2) => r0 + (a1 * cake / (1 + (a2 * cake)));

    /// <summary>Kv = KC + KP·Pc/(1 + KD·Pc), cal/(s·K·cm²).</summary>
    public static double HeatTransfer(double pressure, double kc, double kp, double kd) => kc + (kp * pressure / (1 + (kd * pressure)));

    /// <summary>Initial frozen height, cm: ice plus solute volume per product area.</summary>
    public static double FrozenHeight(double fillMl, double productArea, double solids) =>
        fillMl / (productArea * IceDensity) * (SolutionDensity - (solids * (SolutionDensity - IceDensity) / SoluteDensity));

    /// <summary>Front speed per sublimation rate, cm per g: dL/dt = this × dm/dt.</summary>
    public static double FrontPerGram(double productArea, double solids) =>
        (1 - (solids * (SolutionDensity - IceDensity) / SoluteDensity)) / (1 - (solids * SolutionDensity / SoluteDensity)) / (productArea * IceDensity);

    /// <summary>
    /// Solves the pseudo-steady balance for one vial: sublimation-front temperature by Newton's method.
    /// The residual is increasing and convex, so from the shelf side (no <paramref name="guess"/>) the
    /// iterates fall monotonically to the root; from a guess (the last solution) one step may overshoot,
    /// after which they fall monotonically too. No sublimation when ice at shelf temperature cannot beat
    /// the chamber pressure: then the product sits at shelf temperature.
    /// </summary>
    public static VialState Solve(in VialConditions c, double cake, double frozenHeight, double guess = double.NaN)
    {
        var frozen = Math.Max(0, frozenHeight - cake);
        var rp = Resistance(cake, c.R0, c.A1, c.A2);
        var conduction = c.Kv * c.VialArea * frozen / (c.ProductArea * IceConductivity);
        var massCoefficient = SublimationHeat * c.ProductArea / rp / 3600 * (1 + conduction);
        var shelfHeat = c.Kv * c.VialArea;
        if (frozen <= 0 || massCoefficient * (IceVaporPressure(c.Shelf) - c.Pressure) <= 0)
        {
            return new VialState(c.Shelf, c.Shelf, 0, rp);
        }

        var tsub = double.IsFinite(guess) ? Math.Min(guess, c.Shelf) : c.Shelf;
        for (var i = 0; i < 100; i++)
        {
            var kelvin = 273.15 + tsub;
            var vapour = IceVaporPressure(tsub);
            var residual = (massCoefficient * (vapour - c.Pressure)) - (shelfHeat * (c.Shelf - tsub));
            var slope = (massCoefficient * vapour * 6144.96 / (kelvin * kelvin)) + shelfHeat;
            var delta = residual / slope;
            tsub = Math.Min(tsub - delta, c.Shelf);
            if (Math.Abs(delta) < 1e-10)
            {
                break;
            }
        }

        var rate = c.ProductArea / rp * (IceVaporPressure(tsub) - c.Pressure);
        var heat = SublimationHeat * rate / 3600;
        var bottom = tsub + (heat * frozen / (c.ProductArea * IceConductivity));
        return new VialState(tsub, bottom, Math.Max(0, rate), rp);
    }
}

/// <summary>What one vial sees: chamber pressure (Torr), shelf temperature (°C), its Kv, areas (cm²) and resistance law.</summary>
public readonly record struct VialConditions(double Pressure, double Shelf, double Kv, double VialArea, double ProductArea, double R0, double A1, double A2);

/// <summary>A vial's pseudo-steady state: front and bottom temperatures (°C), sublimation rate (g/h), resistance (cm²·Torr·h/g).</summary>
public readonly record struct VialState(double FrontTemperature, double BottomTemperature, double SublimationRate, double Resistance);
