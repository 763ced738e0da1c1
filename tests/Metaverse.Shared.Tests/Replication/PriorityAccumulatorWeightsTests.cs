using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class PriorityAccumulatorWeightsTests
{
    private static readonly PriorityAccumulatorWeights Weights = new() { ReferenceDistance = 2, MinimumDistanceFactor = 0.1f, ChangedBoost = 4 };

    [Theory]
    [InlineData(0f, 1f)]
    [InlineData(2f, 1f)]
    [InlineData(4f, 0.5f)]
    [InlineData(10f, 0.2f)]
    [InlineData(1000f, 0.1f)]
    [InlineData(float.NaN, 0.1f)]
    [InlineData(float.PositiveInfinity, 0.1f)]
    public void Closer_is_higher_down_to_a_floor(float distance, float expected) =>
        Assert.Equal(expected, Weights.DistanceFactor(distance), 6);

    [Fact]
    public void Priority_is_base_times_distance_factor_times_change_boost()
    {
        Assert.Equal(3f, Weights.Evaluate(3, distance: 1, changed: false), 6);
        Assert.Equal(6f, Weights.Evaluate(3, distance: 4, changed: true), 6);
        Assert.Equal(0.3f, Weights.Evaluate(3, distance: 100, changed: false), 6);
    }

    [Fact]
    public void Priority_ratio_is_highest_over_lowest_possible_priority()
    {
        var ratio = Weights.PriorityRatio(minimumBasePriority: 1, maximumBasePriority: 5);

        Assert.Equal(5 * 4 / (1 * 0.1), ratio, 4);
        Assert.Equal(Weights.Evaluate(5, 0, true) / Weights.Evaluate(1, 1e9f, false), ratio, 2);
    }

    [Fact]
    public void Bad_weights_are_refused_naming_the_field()
    {
        Assert.Equal("ReferenceDistance", Assert.Throws<ArgumentOutOfRangeException>(() => new PriorityAccumulatorWeights { ReferenceDistance = 0 }).ParamName);
        Assert.Equal("MinimumDistanceFactor", Assert.Throws<ArgumentOutOfRangeException>(() => new PriorityAccumulatorWeights { MinimumDistanceFactor = 1.5f }).ParamName);
        Assert.Equal("ChangedBoost", Assert.Throws<ArgumentOutOfRangeException>(() => new PriorityAccumulatorWeights { ChangedBoost = 0.5f }).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Weights.PriorityRatio(0, 1));
    }
}
