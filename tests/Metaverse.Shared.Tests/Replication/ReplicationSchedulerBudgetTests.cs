using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class ReplicationSchedulerBudgetTests
{
    [Theory]
    [InlineData(8000, 20, 400)]
    [InlineData(8192, 20, 409)]
    [InlineData(8000, 30, 266)]
    [InlineData(0, 30, 0)]
    public void Bytes_per_tick_is_the_rate_divided_by_the_tick_rate(int bytesPerSecond, int tickRate, int expected) =>
        Assert.Equal(expected, ReplicationSchedulerBudget.BytesPerTick(bytesPerSecond, tickRate));

    [Fact]
    public void Unused_bytes_carry_over_capped_at_one_tick_and_overspend_is_not_paid_back()
    {
        var budget = new ReplicationSchedulerBudget(8000, 20);
        Assert.Equal(400, budget.CarryCapBytes);

        Assert.Equal(400, budget.BeginTick());
        budget.EndTick(100);
        Assert.Equal(300, budget.CarriedBytes);

        Assert.Equal(700, budget.BeginTick());
        budget.EndTick(0);
        Assert.Equal(400, budget.CarriedBytes);

        Assert.Equal(800, budget.BeginTick());
        budget.EndTick(1500);
        Assert.Equal(0, budget.CarriedBytes);

        Assert.Equal(400, budget.BeginTick());
        budget.EndTick(400);
        Assert.Equal(400, budget.BeginTick());
    }

    [Fact]
    public void A_rate_that_does_not_divide_evenly_still_allows_exactly_the_rate_each_second()
    {
        var budget = new ReplicationSchedulerBudget(8192, 20);
        var allowances = new List<int>();
        for (var tick = 0; tick < 60; tick++)
        {
            var available = budget.BeginTick();
            budget.EndTick(available);
            allowances.Add(available);
        }

        Assert.All(allowances, a => Assert.InRange(a, 409, 410));
        Assert.Equal(3 * 8192, allowances.Sum());
        Assert.Equal(8192, allowances.Take(20).Sum());
    }

    [Fact]
    public void Misuse_is_reported()
    {
        var budget = new ReplicationSchedulerBudget(1000, 10);
        Assert.Throws<InvalidOperationException>(() => budget.EndTick(0));
        budget.BeginTick();
        Assert.Throws<InvalidOperationException>(() => budget.BeginTick());
        Assert.Throws<ArgumentOutOfRangeException>(() => budget.EndTick(-1));

        Assert.Equal("bytesPerSecond", Assert.Throws<ArgumentOutOfRangeException>(() => new ReplicationSchedulerBudget(0, 20)).ParamName);
        Assert.Equal("tickRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ReplicationSchedulerBudget(8000, 0)).ParamName);
        Assert.Equal("tickRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ReplicationSchedulerBudget(8000, 1001)).ParamName);
    }
}
