using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Net.Reliability;

/// <summary>
/// Receive side of a ReliableOrdered stream: delivers messages strictly by id, each exactly once.
/// Messages that arrive ahead of a gap wait (bounded by the connection's <see cref="ReceiveBudget"/>).
/// </summary>
internal sealed class OrderedReceiveChannel(byte channel, ReceiveBudget budget, BufferPool pool)
{
    private readonly Dictionary<ushort, CompleteMessage> _waiting = [];
    private readonly FragmentAssembler _fragments = new(budget, pool);
    private ushort _expected;

    public ReceiveOutcome Receive(in MessageHeader header, ReadOnlySpan<byte> payload, IMessageSink sink)
    {
        var groupStart = (ushort)(header.Id - header.FragmentIndex);
        var offset = (ushort)(groupStart - _expected);
        if (offset >= Protocol.ReliableWindow || (ushort)(header.Id - _expected) >= Protocol.ReliableWindow)
        {
            return offset >= 0x8000 ? ReceiveOutcome.Duplicate : ReceiveOutcome.Invalid;
        }

        if (_waiting.ContainsKey(groupStart))
        {
            return ReceiveOutcome.Duplicate;
        }

        if (!header.IsFragment)
        {
            return offset == 0 ? DeliverInOrder(payload, 1, sink) : Hold(groupStart, payload);
        }

        var outcome = _fragments.Add(groupStart, header.FragmentIndex, header.FragmentCount, payload, out var message);
        if (outcome != ReceiveOutcome.Delivered)
        {
            return outcome;
        }

        if (offset != 0)
        {
            _waiting.Add(groupStart, message);
            return ReceiveOutcome.Buffered;
        }

        DeliverInOrder(message.Span, message.IdSpan, sink);
        message.Return(budget, pool);
        return ReceiveOutcome.Delivered;
    }

    public void Release()
    {
        foreach (var message in _waiting.Values)
        {
            message.Return(budget, pool);
        }

        _waiting.Clear();
        _fragments.Release();
    }

    private ReceiveOutcome Hold(ushort id, ReadOnlySpan<byte> payload)
    {
        if (!budget.TryReserve(payload.Length))
        {
            return ReceiveOutcome.OverBudget;
        }

        var buffer = pool.Rent(payload.Length);
        payload.CopyTo(buffer);
        _waiting.Add(id, new CompleteMessage(buffer, payload.Length, 1, payload.Length));
        return ReceiveOutcome.Buffered;
    }

    private ReceiveOutcome DeliverInOrder(ReadOnlySpan<byte> message, int idSpan, IMessageSink sink)
    {
        _expected += (ushort)idSpan;
        sink.Deliver(DeliveryMethod.ReliableOrdered, channel, message);
        while (_waiting.Remove(_expected, out var next))
        {
            _expected += (ushort)next.IdSpan;
            sink.Deliver(DeliveryMethod.ReliableOrdered, channel, next.Span);
            next.Return(budget, pool);
        }

        return ReceiveOutcome.Delivered;
    }
}
