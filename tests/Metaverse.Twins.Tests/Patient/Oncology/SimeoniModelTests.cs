using Metaverse.Twins.Numerics;
using Metaverse.Twins.Patient.Oncology;

namespace Metaverse.Twins.Tests.Patient.Oncology;

public class SimeoniModelTests
{
    private static readonly SimeoniParameters P = SimeoniParameters.Default;

    [Fact]
    public void Untreated_small_tumour_doubles_in_ln2_over_lambda0()
    {
        var x = Run(P with { InitialWeightG = 0.01 }, 0, P.DoublingTimeDays);

        Assert.Equal(2.54, P.DoublingTimeDays, 2);
        Assert.Equal(0.02, SimeoniModel.Weight(x), 10);
    }

    [Fact]
    public void Untreated_large_tumour_grows_linearly_at_lambda1()
    {
        var x = Run(P with { InitialWeightG = 20 }, 0, 10);

        Assert.Equal(20 + (10 * P.Lambda1GPerDay), SimeoniModel.Weight(x), 9);
    }

    [Fact]
    public void Untreated_growth_follows_the_separable_closed_form_through_the_switch()
    {
        // dw/dt = λ0·w/(1 + (λ0·w/λ1)^ψ)^(1/ψ) ⇒ t(W) = ∫ (1 + (λ0·w/λ1)^ψ)^(1/ψ) / (λ0·w) dw from w0 to W.
        const double W = 10;
        var time = TimeToReach(P.InitialWeightG, W);
        var x = Run(P, 0, time);

        Assert.Equal(W, SimeoniModel.Weight(x), 6);

        // ψ → ∞: exponential until λ1/λ0 at ln(λ1/(λ0·w0))/λ0, then linear at λ1 (Simeoni et al. 2004).
        var switchDays = Math.Log(P.SwitchWeightG / P.InitialWeightG) / P.Lambda0PerDay;
        var later = SimeoniModel.Weight(Run(P, 0, switchDays + 10));
        var piecewise = P.SwitchWeightG + (10 * P.Lambda1GPerDay);
        Assert.InRange(later / piecewise, 0.995, 1.0);
        var exponential = P.InitialWeightG * Math.Exp(P.Lambda0PerDay * (switchDays - 5));
        Assert.Equal(1, SimeoniModel.Weight(Run(P, 0, switchDays - 5)) / exponential, 1e-8);
    }

    [Fact]
    public void A_constant_concentration_below_lambda0_over_k2_cannot_shrink_the_tumour()
    {
        var c = 0.9 * P.ThresholdNgPerMl;
        var previous = P.InitialWeightG;
        for (var day = 1; day <= 120; day++)
        {
            var w = SimeoniModel.Weight(Run(P, c, day));
            Assert.True(w >= previous * (1 - 1e-12), $"day {day}: {w} g < {previous} g");
            previous = w;
        }

        Assert.Equal(434.02, P.ThresholdNgPerMl, 2);
        Assert.Equal(P.EquilibriumWeightG(c), SimeoniModel.Weight(Run(P, c, 400)), 4);
    }

    [Fact]
    public void A_constant_concentration_above_lambda0_over_k2_eradicates_the_proliferating_cells()
    {
        var c = 1.2 * P.ThresholdNgPerMl;
        var x = Run(P, c, 60);

        Assert.True(x[0] <= P.InitialWeightG * Math.Exp(-((P.K2PerNgMlPerDay * c) - P.Lambda0PerDay) * 60) * (1 + 1e-9));
        Assert.True(SimeoniModel.Weight(x) < 0.5 * P.InitialWeightG);
        Assert.Equal(0, P.EquilibriumWeightG(c));
    }

    private static double[] Run(SimeoniParameters p, double concentrationNgPerMl, double days)
    {
        var system = new SimeoniSystem(p) { ConcentrationNgPerMl = concentrationNgPerMl };
        var x = new double[SimeoniModel.Size];
        SimeoniModel.Initialise(p, x);
        var step = 0.0;
        new DormandPrince45(SimeoniModel.Size, 1e-12, 1e-14).Integrate(ref system, 0, days, x, ref step);
        return x;
    }

    /// <summary>Composite Simpson in u = ln w (n even).</summary>
    private static double TimeToReach(double w0, double w1, int n = 20_000)
    {
        double F(double u)
        {
            var w = Math.Exp(u);
            return Math.Pow(1 + Math.Pow(P.Lambda0PerDay * w / P.Lambda1GPerDay, P.Psi), 1 / P.Psi) / P.Lambda0PerDay;
        }

        var (a, b) = (Math.Log(w0), Math.Log(w1));
        var h = (b - a) / n;
        var sum = F(a) + F(b);
        for (var i = 1; i < n; i++)
        {
            sum += (i % 2 == 1 ? 4 : 2) * F(a + (i * h));
        }

        return sum * h / 3;
    }
}
