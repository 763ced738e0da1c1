using Metaverse.Twins.Numerics;

namespace Metaverse.Twins.Tests.Numerics;

public class DormandPrinceTests
{
    [Fact]
    public void Logistic_growth_matches_its_closed_form_within_tolerance()
    {
        var solver = new DormandPrince45(1, 1e-9, 1e-12);
        var system = new Logistic();
        var step = 0.0;
        Span<double> y = [0.01];

        solver.Integrate(ref system, 0, 10, y, ref step);

        var exact = 1 / (1 + (99 * Math.Exp(-10.0)));
        Assert.Equal(exact, y[0], 1e-8);
    }

    [Fact]
    public void Harmonic_oscillator_keeps_its_energy_and_lands_exactly_on_the_end_time()
    {
        var solver = new DormandPrince45(2, 1e-10, 1e-12);
        var system = new Oscillator();
        var step = 0.0;
        Span<double> y = [1, 0];

        for (var i = 0; i < 100; i++)
        {
            solver.Integrate(ref system, i * 0.1, (i + 1) * 0.1, y, ref step, continuing: true);
        }

        Assert.Equal(Math.Cos(10.0), y[0], 1e-8);
        Assert.Equal(-Math.Sin(10.0), y[1], 1e-8);
    }

    [Fact]
    public void A_looser_tolerance_takes_fewer_steps()
    {
        var (tight, loose) = (new DormandPrince45(2, 1e-10, 1e-12), new DormandPrince45(2, 1e-4, 1e-6));
        var system = new Oscillator();
        var (stepA, stepB) = (0.0, 0.0);
        Span<double> a = [1, 0];
        Span<double> b = [1, 0];

        tight.Integrate(ref system, 0, 20, a, ref stepA);
        loose.Integrate(ref system, 0, 20, b, ref stepB);

        Assert.True(loose.AcceptedSteps * 3 < tight.AcceptedSteps, $"{loose.AcceptedSteps} vs {tight.AcceptedSteps}");
        Assert.Equal(a[0], b[0], 1e-3);
    }

    [Fact]
    public void No_step_is_longer_than_the_maximum()
    {
        var solver = new DormandPrince45(2, 1e-4, 1e-6) { MaxStep = 0.5 };
        var system = new Oscillator();
        var step = 0.0;
        Span<double> y = [1, 0];

        solver.Integrate(ref system, 0, 20, y, ref step);

        Assert.True(solver.AcceptedSteps >= 40, $"{solver.AcceptedSteps} steps over 20 time units");
        Assert.True(step <= 0.5);
    }

    [Fact]
    public void Integrating_does_not_allocate()
    {
        var solver = new DormandPrince45(2, 1e-8, 1e-10);
        var system = new Oscillator();
        var step = 0.0;
        var y = new double[] { 1, 0 };
        solver.Integrate(ref system, 0, 1, y, ref step);

        var before = GC.GetAllocatedBytesForCurrentThread();
        solver.Integrate(ref system, 1, 50, y, ref step);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private struct Logistic : IOdeSystem
    {
        public readonly int Dimension => 1;

        public readonly void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = y[0] * (1 - y[0]);
    }

    private struct Oscillator : IOdeSystem
    {
        public readonly int Dimension => 2;

        public readonly void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) => (dydt[0], dydt[1]) = (y[1], -y[0]);
    }
}
