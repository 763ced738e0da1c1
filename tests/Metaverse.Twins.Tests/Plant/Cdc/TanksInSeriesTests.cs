using Metaverse.Twins.Plant.Cdc;

namespace Metaverse.Twins.Tests.Plant.Cdc;

public class TanksInSeriesTests
{
    private const double Flow = 20.0 / 3600; // kg/s

    /// <summary>Erlang CDF, the closed-form step response of n tanks in series: 1 − e^(−nt/τ) Σ_{k&lt;n} (nt/τ)^k/k!.</summary>
    private static double ErlangCdf(int n, double tau, double t)
    {
        var x = n * t / tau;
        double term = 1, sum = 0;
        for (var k = 0; k < n; k++)
        {
            sum += term;
            term *= x / (k + 1);
        }

        return 1 - (Math.Exp(-x) * sum);
    }

    private static TanksInSeries SteadyExcipient(int n, double tau)
    {
        var blender = new TanksInSeries { Tanks = n };
        for (var i = 0; i < n; i++)
        {
            blender.Mass[(Ingredient.Excipient * CdcParameters.MaxTanks) + i] = Flow * tau / n;
        }

        return blender;
    }

    [Theory]
    [InlineData(1, 90.0, 0.7)]
    [InlineData(6, 90.0, 1.0)]
    [InlineData(12, 45.0, 1.0 / 30)]
    public void Step_response_of_the_outlet_fraction_is_the_erlang_cdf(int n, double tau, double h)
    {
        var blender = SteadyExcipient(n, tau);
        var step = new TanksInSeriesStep();
        step.Prepare(n, n / tau, h);
        var outflow = new double[Ingredient.Count];
        var inflow = new double[] { Flow * h, 0, 0 };
        var worst = 0.0;
        for (var i = 1; i * h <= 5 * tau; i++)
        {
            blender.Advance(step, h, inflow, outflow);
            worst = Math.Max(worst, Math.Abs(blender.OutletFraction(Ingredient.Api) - ErlangCdf(n, tau, i * h)));
        }

        Assert.True(worst < 1e-11, $"largest deviation from the closed form {worst:E2}");
    }

    [Theory]
    [InlineData(1, 60.0)]
    [InlineData(6, 90.0)]
    [InlineData(20, 300.0)]
    public void Mean_residence_time_of_the_impulse_response_is_tau_and_variance_tau_squared_over_n(int n, double tau)
    {
        var blender = new TanksInSeries { Tanks = n };
        blender.Mass[0] = 1; // 1 kg API impulse into tank 1
        var h = tau / 2000;
        var step = new TanksInSeriesStep();
        step.Prepare(n, n / tau, h);
        var outflow = new double[Ingredient.Count];
        var none = new double[Ingredient.Count];
        double moment0 = 0, moment1 = 0, moment2 = 0;
        for (var i = 0; i * h < 30 * tau; i++)
        {
            blender.Advance(step, h, none, outflow);
            var t = (i + 0.5) * h;
            (moment0, moment1, moment2) = (moment0 + outflow[0], moment1 + (t * outflow[0]), moment2 + (t * t * outflow[0]));
        }

        var mean = moment1 / moment0;
        var variance = (moment2 / moment0) - (mean * mean);
        Assert.Equal(1, moment0, 12);
        Assert.True(Math.Abs(mean - tau) / tau < 1e-6, $"mean residence time {mean} s, τ = {tau} s");
        Assert.True(Math.Abs(variance - (tau * tau / n)) / (tau * tau / n) < 1e-4, $"variance {variance}");
    }

    [Fact]
    public void One_long_step_equals_many_short_ones()
    {
        var coarse = SteadyExcipient(6, 90);
        var fine = SteadyExcipient(6, 90);
        var step = new TanksInSeriesStep();
        var outflow = new double[Ingredient.Count];
        step.Prepare(6, 6 / 90.0, 1);
        coarse.Advance(step, 1, [Flow, 0, 0], outflow);
        step.Prepare(6, 6 / 90.0, 0.01);
        for (var i = 0; i < 100; i++)
        {
            fine.Advance(step, 0.01, [Flow * 0.01, 0, 0], outflow);
        }

        for (var i = 0; i < coarse.Mass.Length; i++)
        {
            Assert.Equal(coarse.Mass[i], fine.Mass[i], 14);
        }
    }

    [Fact]
    public void Outflow_plus_holdup_change_equals_inflow_exactly_enough()
    {
        var blender = SteadyExcipient(8, 120);
        var step = new TanksInSeriesStep();
        step.Prepare(8, 8 / 120.0, 1);
        var outflow = new double[Ingredient.Count];
        double fed = 0, left = 0, start = blender.Holdup(Ingredient.Excipient);
        for (var i = 0; i < 3600; i++)
        {
            var inflow = Flow * (1 + (0.5 * Math.Sin(i / 50.0)));
            blender.Advance(step, 1, [0, inflow, 0], outflow);
            (fed, left) = (fed + inflow, left + outflow[Ingredient.Excipient]);
        }

        Assert.True(Math.Abs(start + fed - left - blender.Holdup(Ingredient.Excipient)) / fed < 1e-13);
    }

    [Fact]
    public void Resizing_keeps_the_holdup()
    {
        var blender = SteadyExcipient(6, 90);
        var before = blender.Holdup(Ingredient.Excipient);

        blender.Resize(11);

        Assert.Equal(11, blender.Tanks);
        Assert.Equal(before, blender.Holdup(Ingredient.Excipient), 15);
    }
}
