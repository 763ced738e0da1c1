using Metaverse.Shared.Net.Reliability;

namespace Metaverse.Shared.Tests.Net.Reliability;

public sealed class RttEstimatorTests
{
    [Fact]
    public void Before_any_sample_the_estimate_is_100_ms_with_a_300_ms_timeout()
    {
        var rtt = new RttEstimator(1, 10_000_000);

        Assert.False(rtt.HasSample);
        Assert.Equal(100_000, rtt.SmoothedMicros);
        Assert.Equal(50_000, rtt.VarianceMicros);
        Assert.Equal(300_000, rtt.RetransmitTimeoutMicros);
    }

    [Fact]
    public void First_sample_sets_smoothed_rtt_and_half_of_it_as_variance()
    {
        var rtt = new RttEstimator(1, 10_000_000);

        rtt.AddSample(40_000);

        Assert.True(rtt.HasSample);
        Assert.Equal(40_000, rtt.SmoothedMicros);
        Assert.Equal(20_000, rtt.VarianceMicros);
        Assert.Equal(40_000, rtt.LatestMicros);
        Assert.Equal(0, rtt.JitterMicros);
        Assert.Equal(40_000 + (4 * 20_000), rtt.RetransmitTimeoutMicros);
    }

    [Fact]
    public void Second_sample_is_smoothed_as_in_rfc_6298()
    {
        var rtt = new RttEstimator(1, 10_000_000);

        rtt.AddSample(40_000);
        rtt.AddSample(80_000);

        Assert.Equal(((3 * 20_000) + 40_000) / 4, rtt.VarianceMicros);
        Assert.Equal(((7 * 40_000) + 80_000) / 8, rtt.SmoothedMicros);
        Assert.Equal(80_000, rtt.LatestMicros);
    }

    [Theory]
    [InlineData(200_000L)]
    [InlineData(10_000L)]
    public void Converges_to_a_constant_rtt(long firstSample)
    {
        var rtt = new RttEstimator(1, 10_000_000);
        rtt.AddSample(firstSample);

        for (var i = 0; i < 300; i++)
        {
            rtt.AddSample(50_000);
        }

        Assert.InRange(rtt.SmoothedMicros, 49_990, 50_000);
        Assert.InRange(rtt.VarianceMicros, 0, 10);
        Assert.InRange(rtt.RetransmitTimeoutMicros, 50_990, 51_000);
        Assert.InRange(rtt.JitterMicros, 0, 15);
    }

    [Fact]
    public void Timeout_is_clamped_to_the_minimum()
    {
        var rtt = new RttEstimator(200_000, 1_000_000);

        rtt.AddSample(1_000);

        Assert.Equal(200_000, rtt.RetransmitTimeoutMicros);
    }

    [Fact]
    public void Timeout_is_clamped_to_the_maximum()
    {
        var rtt = new RttEstimator(200_000, 1_000_000);

        rtt.AddSample(5_000_000);

        Assert.Equal(1_000_000, rtt.RetransmitTimeoutMicros);
    }

    [Fact]
    public void Timeout_never_goes_below_smoothed_rtt_plus_the_clock_granularity()
    {
        var rtt = new RttEstimator(1, 10_000_000);
        rtt.AddSample(50_000);
        for (var i = 0; i < 100; i++)
        {
            rtt.AddSample(50_000);
        }

        Assert.Equal(50_000 + 1_000, rtt.RetransmitTimeoutMicros);
    }

    [Fact]
    public void Jitter_grows_with_alternating_samples()
    {
        var rtt = new RttEstimator(1, 10_000_000);
        rtt.AddSample(10_000);

        var previous = rtt.JitterMicros;
        for (var i = 0; i < 10; i++)
        {
            rtt.AddSample(i % 2 == 0 ? 30_000 : 10_000);
            Assert.True(rtt.JitterMicros > previous, $"jitter did not grow at sample {i}");
            previous = rtt.JitterMicros;
        }

        for (var i = 0; i < 200; i++)
        {
            rtt.AddSample(i % 2 == 0 ? 30_000 : 10_000);
        }

        Assert.InRange(rtt.JitterMicros, 19_900, 20_000);
    }

    [Fact]
    public void Jitter_decays_again_when_samples_become_steady()
    {
        var rtt = new RttEstimator(1, 10_000_000);
        for (var i = 0; i < 50; i++)
        {
            rtt.AddSample(i % 2 == 0 ? 30_000 : 10_000);
        }

        var noisy = rtt.JitterMicros;
        for (var i = 0; i < 100; i++)
        {
            rtt.AddSample(20_000);
        }

        Assert.True(rtt.JitterMicros < noisy / 10, $"jitter {rtt.JitterMicros} did not decay from {noisy}");
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-5_000L)]
    public void Non_positive_samples_count_as_one_microsecond(long sample)
    {
        var rtt = new RttEstimator(1, 10_000_000);

        rtt.AddSample(sample);

        Assert.Equal(1, rtt.SmoothedMicros);
        Assert.Equal(1, rtt.LatestMicros);
    }
}
