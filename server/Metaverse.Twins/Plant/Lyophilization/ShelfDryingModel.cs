using Metaverse.Twins.Numerics;
using P = Metaverse.Twins.Plant.Lyophilization.LyoParameters;

namespace Metaverse.Twins.Plant.Lyophilization;

/// <summary>
/// The ODE of a shelf of vials: y[i] is the dried cake length of vial i (cm), time in hours,
/// dL/dt = front-per-gram × dm/dt (LyoPRONTO). A vial is done when L reaches the frozen height; its
/// rate is then zero. Each vial has its own Kv factor (edge position, vial-to-vial variation).
/// </summary>
internal sealed class ShelfDryingModel(double[] parameters, double[] kvFactors, ShelfRecipe recipe) : IOdeSystem
{
    private readonly double[] _guesses = Enumerable.Repeat(double.NaN, kvFactors.Length).ToArray();

    /// <summary>Each vial's last front temperature, °C: the Newton start of the next solve (state: snapshot it).</summary>
    public double[] Guesses => _guesses;

    public double[] Parameters => parameters;

    public double[] KvFactors => kvFactors;

    public int Vials => kvFactors.Length;

    /// <summary>Frozen product height at the start, cm.</summary>
    public double FrozenHeight => PikalVial.FrozenHeight(parameters[P.FillVolume], parameters[P.ProductArea], parameters[P.SolidsFraction]);

    /// <summary>One frozen-layer thickness per vial.</summary>
    public int Dimension => kvFactors.Length;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var height = FrozenHeight;
        var front = PikalVial.FrontPerGram(parameters[P.ProductArea], parameters[P.SolidsFraction]);
        for (var i = 0; i < y.Length; i++)
        {
            if (y[i] >= height)
            {
                dydt[i] = 0;
                continue;
            }

            var vial = PikalVial.Solve(Conditions(t * 3600, i), y[i], height, _guesses[i]);
            _guesses[i] = vial.FrontTemperature;
            dydt[i] = front * vial.SublimationRate;
        }
    }

    /// <summary>The state of vial <paramref name="index"/> (Newton warm-started from, but not updating, its last solution) with cake length <paramref name="cake"/> cm at <paramref name="seconds"/>.</summary>
    public VialState Vial(double seconds, int index, double cake) =>
        PikalVial.Solve(Conditions(seconds, index), Math.Min(cake, FrozenHeight), FrozenHeight, _guesses[index]);

    public VialConditions Conditions(double seconds, int index)
    {
        var p = parameters;
        var pressure = recipe.Pressure(seconds);
        var kv = PikalVial.HeatTransfer(pressure, p[P.KC], p[P.KP], p[P.KD]) * kvFactors[index];
        return new VialConditions(pressure, recipe.Shelf(seconds), kv, p[P.VialArea], p[P.ProductArea], p[P.R0], p[P.A1], p[P.A2]);
    }
}
