using Metaverse.Shared.Net.Reliability;

namespace Metaverse.Shared.Tests.Net.Reliability;

public sealed class ReceiveBudgetTests
{
    [Fact]
    public void Reservations_up_to_the_limit_succeed_and_beyond_it_fail_without_effect()
    {
        var budget = new ReceiveBudget(100);

        Assert.True(budget.TryReserve(60));
        Assert.True(budget.TryReserve(40));
        Assert.False(budget.TryReserve(1));
        Assert.Equal(100, budget.UsedBytes);
        Assert.Equal(100, budget.LimitBytes);
    }

    [Fact]
    public void Released_bytes_can_be_reserved_again()
    {
        var budget = new ReceiveBudget(100);
        budget.TryReserve(100);

        budget.Release(30);

        Assert.Equal(70, budget.UsedBytes);
        Assert.False(budget.TryReserve(31));
        Assert.True(budget.TryReserve(30));
    }
}
