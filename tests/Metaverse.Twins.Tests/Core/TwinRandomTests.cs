using Metaverse.Twins.Core;

namespace Metaverse.Twins.Tests.Core;

public class TwinRandomTests
{
    [Fact]
    public void Restored_state_continues_the_exact_sequence()
    {
        var random = new TwinRandom(42);
        _ = random.NextGaussian();
        var copy = TwinRandom.FromState(random.State);

        Assert.Equal(Enumerable.Range(0, 100).Select(_ => random.NextGaussian()), Enumerable.Range(0, 100).Select(_ => copy.NextGaussian()));
    }

    [Fact]
    public void Gaussian_samples_have_zero_mean_and_unit_variance()
    {
        var random = new TwinRandom(7);
        var samples = Enumerable.Range(0, 200_000).Select(_ => random.NextGaussian()).ToArray();
        var mean = samples.Average();
        var variance = samples.Select(x => (x - mean) * (x - mean)).Average();

        Assert.InRange(mean, -0.01, 0.01);
        Assert.InRange(variance, 0.98, 1.02);
    }

    [Fact]
    public void An_all_zero_state_is_refused() =>
        Assert.Throws<ArgumentException>(() => TwinRandom.FromState([0, 0, 0, 0]));
}
