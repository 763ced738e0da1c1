using Metaverse.Twins.Plant.Cdc;

namespace Metaverse.Twins.Tests.Plant.Cdc;

public class CompactionAndReleaseTests
{
    [Fact]
    public void Heckel_pressure_and_density_are_inverse()
    {
        var pressure = Compaction.HeckelPressure(0.85, 0.0125, 0.6);

        Assert.Equal((Math.Log(1 / 0.15) - 0.6) / 0.0125 * 1e6, pressure, 6);
        Assert.Equal(0.85, Compaction.HeckelDensity(pressure, 0.0125, 0.6), 12);
    }

    [Fact]
    public void Tensile_strength_from_breaking_force_is_two_f_over_pi_d_h()
    {
        // 100 N across a 10 mm × 3 mm tablet: σ = 200/(π·0.01·0.003) = 2.122 MPa
        Assert.Equal(2.1221, Compaction.TensileFromBreakingForce(100, 0.01, 0.003) / 1e6, 4);
        Assert.Equal(100, Compaction.BreakingForce(Compaction.TensileFromBreakingForce(100, 0.01, 0.003), 0.01, 0.003), 9);
    }

    [Theory]
    [InlineData(100.0, 2.0, 10, 4.8)]   // M = X̄: AV = k·s
    [InlineData(97.0, 1.0, 10, 3.9)]    // X̄ < 98.5: |98.5 − 97| + 2.4
    [InlineData(103.0, 1.0, 30, 3.5)]   // X̄ > 101.5, n = 30: 1.5 + 2.0
    [InlineData(99.0, 6.25, 10, 15.0)]  // at L1
    public void Acceptance_value_follows_usp_905(double mean, double sd, int n, double expected)
    {
        Assert.Equal(expected, AcceptanceValue.Compute(mean, sd, n), 12);
    }

    [Fact]
    public void Release_statistics_close_a_lot_with_its_av()
    {
        var release = new ReleaseStatistics();
        foreach (var content in new[] { 98.0, 99, 100, 101, 102, 97, 103, 100, 100, 100 })
        {
            release.Add(content);
        }

        var sd = Math.Sqrt(new[] { 4.0, 1, 0, 1, 4, 9, 9, 0, 0, 0 }.Sum() / 9);
        Assert.Equal(2.4 * sd, release.Av, 12);
        for (var i = 0; i < 3600; i++)
        {
            release.Tick(3600);
        }

        Assert.Equal(2, release.Lot);
        Assert.Equal(2.4 * sd, release.LastAv, 12);
        Assert.Equal(0, release.Count);
    }
}
