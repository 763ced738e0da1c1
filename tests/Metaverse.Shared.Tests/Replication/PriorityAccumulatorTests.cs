using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class PriorityAccumulatorTests
{
    [Fact]
    public void Register_twice_is_refused_and_new_entities_start_at_zero()
    {
        var accumulator = new PriorityAccumulator(initialCapacity: 1);

        Assert.True(accumulator.Register(7));
        Assert.False(accumulator.Register(7));
        Assert.True(accumulator.Register(8));

        Assert.Equal(2, accumulator.Count);
        Assert.True(accumulator.TryGetAccumulated(7, out var accumulated));
        Assert.Equal(0, accumulated);
        Assert.False(accumulator.TryGetLastSentTick(7, out _));
    }

    [Fact]
    public void Every_tick_adds_each_priority_and_sending_resets_only_that_entity()
    {
        var accumulator = new PriorityAccumulator();
        accumulator.Register(1);
        accumulator.Register(2);

        accumulator.AccumulateAll(id => id == 1 ? 1.5f : 4f);
        accumulator.AccumulateAll(id => id == 1 ? 1.5f : 4f);
        Assert.True(accumulator.MarkSent(2, tick: 2));
        accumulator.AccumulateAll(id => id == 1 ? 1.5f : 4f);

        Assert.True(accumulator.TryGetAccumulated(1, out var one));
        Assert.True(accumulator.TryGetAccumulated(2, out var two));
        Assert.Equal(4.5, one, 6);
        Assert.Equal(4, two, 6);
        Assert.True(accumulator.TryGetLastSentTick(2, out var tick));
        Assert.Equal(2, tick);
        Assert.False(accumulator.MarkSent(99, 3));
    }

    [Fact]
    public void Unregister_keeps_the_other_entities_values()
    {
        var accumulator = new PriorityAccumulator();
        for (uint id = 1; id <= 4; id++)
        {
            accumulator.Register(id);
            Assert.True(accumulator.Accumulate(id, id * 10));
        }

        Assert.True(accumulator.Unregister(2));
        Assert.False(accumulator.Unregister(2));

        Assert.Equal(3, accumulator.Count);
        Assert.False(accumulator.Contains(2));
        Assert.False(accumulator.TryGetAccumulated(2, out _));
        Assert.Equal([1u, 4u, 3u], accumulator.EntityIds.ToArray());
        foreach (var id in new uint[] { 1, 3, 4 })
        {
            Assert.True(accumulator.TryGetAccumulated(id, out var value));
            Assert.Equal(id * 10.0, value);
        }
    }

    [Theory]
    [InlineData(float.NaN, PriorityAccumulator.MinimumPriority)]
    [InlineData(-5f, PriorityAccumulator.MinimumPriority)]
    [InlineData(0f, PriorityAccumulator.MinimumPriority)]
    [InlineData(2.5f, 2.5f)]
    [InlineData(float.PositiveInfinity, PriorityAccumulator.MaximumPriority)]
    public void Priorities_are_clamped_so_nothing_accumulates_zero(float priority, float expected) =>
        Assert.Equal(expected, PriorityAccumulator.Sanitize(priority));
}
