namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// The blender as n ideally mixed tanks in series per ingredient (mass-based, first-order outflow
/// k·m from each tank, k = n/τ). Its impulse response is the Erlang RTD
/// E(t) = t^(n−1)(n/τ)^n e^(−nt/τ)/(n−1)!, so the outlet is E convolved with the inlet.
/// State: <see cref="Mass"/>[ingredient·MaxTanks + tank], kg. Advanced exactly; the outflow of a step
/// is computed as in + before − after, so mass is conserved to rounding.
/// </summary>
public sealed class TanksInSeries
{
    public int Tanks { get; set; } = 1;

    public double[] Mass { get; set; } = new double[Ingredient.Count * CdcParameters.MaxTanks];

    /// <summary>Total holdup of one ingredient, kg.</summary>
    public double Holdup(int ingredient)
    {
        var sum = 0.0;
        var offset = ingredient * CdcParameters.MaxTanks;
        for (var i = 0; i < Tanks; i++)
        {
            sum += Mass[offset + i];
        }

        return sum;
    }

    /// <summary>Mass fraction of <paramref name="ingredient"/> leaving the last tank (0 when empty).</summary>
    public double OutletFraction(int ingredient)
    {
        var last = Tanks - 1;
        var total = 0.0;
        for (var c = 0; c < Ingredient.Count; c++)
        {
            total += Mass[(c * CdcParameters.MaxTanks) + last];
        }

        return total > 0 ? Mass[(ingredient * CdcParameters.MaxTanks) + last] / total : 0;
    }

    /// <summary>Outlet mass flow, kg/s, for a tank rate k (1/s).</summary>
    public double OutletFlow(double k)
    {
        var total = 0.0;
        for (var c = 0; c < Ingredient.Count; c++)
        {
            total += Mass[(c * CdcParameters.MaxTanks) + Tanks - 1];
        }

        return k * total;
    }

    /// <summary>
    /// Advances by the prepared step of <paramref name="h"/> s, the masses <paramref name="inflow"/> (kg)
    /// arriving at a constant rate; writes the mass each ingredient sent out (kg) into <paramref name="outflow"/>.
    /// </summary>
    public void Advance(TanksInSeriesStep step, double h, ReadOnlySpan<double> inflow, Span<double> outflow)
    {
        ArgumentNullException.ThrowIfNull(step);
        var phi = step.Phi;
        var gamma = step.Gamma;
        for (var c = 0; c < Ingredient.Count; c++)
        {
            var m = Mass.AsSpan(c * CdcParameters.MaxTanks, Tanks);
            var before = 0.0;
            var after = 0.0;
            for (var i = Tanks - 1; i >= 0; i--)
            {
                before += m[i];
                var s = inflow[c] / h * gamma[i];
                for (var j = 0; j <= i; j++)
                {
                    s += phi[i - j] * m[j];
                }

                m[i] = s;
                after += s;
            }

            outflow[c] = before + inflow[c] - after;
        }
    }

    /// <summary>
    /// Changes the number of tanks, spreading each ingredient's holdup evenly over the new tanks
    /// (the steady-state profile), so no mass is created or lost.
    /// </summary>
    public void Resize(int tanks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tanks, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tanks, CdcParameters.MaxTanks);
        for (var c = 0; c < Ingredient.Count; c++)
        {
            var total = Holdup(c);
            var m = Mass.AsSpan(c * CdcParameters.MaxTanks, CdcParameters.MaxTanks);
            m.Clear();
            m[..tanks].Fill(total / tanks);
        }

        Tanks = tanks;
    }
}
