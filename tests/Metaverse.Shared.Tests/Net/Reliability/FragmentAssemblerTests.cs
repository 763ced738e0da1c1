using Metaverse.Shared.Net.Reliability;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Reliability;

public sealed class FragmentAssemblerTests
{
    private const int Fragment = Protocol.FragmentPayloadBytes;

    [Fact]
    public void Group_reserves_count_times_fragment_size_and_assembles_in_any_order()
    {
        var budget = new ReceiveBudget(1_000_000);
        var assembler = new FragmentAssembler(budget, StreamWire.NewPool());
        var message = StreamWire.Payload((2 * Fragment) + 33, 4);

        Assert.Equal(ReceiveOutcome.Buffered, assembler.Add(100, 2, 3, message.AsSpan(2 * Fragment), out _));
        Assert.Equal(3 * Fragment, budget.UsedBytes);
        Assert.Equal(ReceiveOutcome.Buffered, assembler.Add(100, 0, 3, message.AsSpan(0, Fragment), out _));
        Assert.Equal(ReceiveOutcome.Delivered, assembler.Add(100, 1, 3, message.AsSpan(Fragment, Fragment), out var complete));

        Assert.Equal(message, complete.Span.ToArray());
        Assert.Equal(3, complete.IdSpan);
        Assert.Equal(3 * Fragment, complete.Reserved);
        Assert.Equal(3 * Fragment, budget.UsedBytes);
        complete.Return(budget, StreamWire.NewPool());
        Assert.Equal(0, budget.UsedBytes);
    }

    [Fact]
    public void Repeated_fragment_is_a_duplicate()
    {
        var assembler = new FragmentAssembler(new ReceiveBudget(1_000_000), StreamWire.NewPool());

        assembler.Add(7, 0, 2, new byte[Fragment], out _);

        Assert.Equal(ReceiveOutcome.Duplicate, assembler.Add(7, 0, 2, new byte[Fragment], out _));
    }

    [Fact]
    public void Fragment_whose_count_disagrees_with_its_group_is_invalid()
    {
        var assembler = new FragmentAssembler(new ReceiveBudget(1_000_000), StreamWire.NewPool());

        assembler.Add(7, 0, 3, new byte[Fragment], out _);

        Assert.Equal(ReceiveOutcome.Invalid, assembler.Add(7, 1, 4, new byte[Fragment], out _));
    }

    [Fact]
    public void Groups_with_different_start_ids_are_assembled_apart()
    {
        var budget = new ReceiveBudget(1_000_000);
        var assembler = new FragmentAssembler(budget, StreamWire.NewPool());

        assembler.Add(10, 0, 2, StreamWire.Payload(Fragment, 1), out _);
        assembler.Add(12, 0, 2, StreamWire.Payload(Fragment, 2), out _);
        Assert.Equal(4 * Fragment, budget.UsedBytes);

        Assert.Equal(ReceiveOutcome.Delivered, assembler.Add(12, 1, 2, [42], out var second));
        Assert.Equal(StreamWire.Payload(Fragment, 2).Append((byte)42), second.Span.ToArray());
    }

    [Fact]
    public void Group_over_the_budget_is_refused_and_reserves_nothing()
    {
        var budget = new ReceiveBudget((2 * Fragment) + 10);
        var assembler = new FragmentAssembler(budget, StreamWire.NewPool());

        Assert.Equal(ReceiveOutcome.OverBudget, assembler.Add(0, 0, 3, new byte[Fragment], out _));
        Assert.Equal(0, budget.UsedBytes);
        Assert.Equal(ReceiveOutcome.Buffered, assembler.Add(0, 0, 2, new byte[Fragment], out _));
        Assert.Equal(2 * Fragment, budget.UsedBytes);
    }

    [Fact]
    public void Release_returns_the_budget_of_incomplete_groups()
    {
        var budget = new ReceiveBudget(1_000_000);
        var assembler = new FragmentAssembler(budget, StreamWire.NewPool());
        assembler.Add(0, 0, 2, new byte[Fragment], out _);
        assembler.Add(5, 1, 4, new byte[Fragment], out _);

        assembler.Release();

        Assert.Equal(0, budget.UsedBytes);
    }
}
