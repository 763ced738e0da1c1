using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Net.Reliability;

/// <summary>
/// Receive side of a ReliableUnordered stream: delivers each message once, as soon as it is whole.
/// A bit per id over the window [base, base + window) remembers what arrived.
/// </summary>
internal sealed class UnorderedReceiveChannel(byte channel, ReceiveBudget budget, BufferPool pool)
{
    private const int Mask = Protocol.ReliableWindow - 1;
    private readonly bool[] _received = new bool[Protocol.ReliableWindow];
    private readonly FragmentAssembler _fragments = new(budget, pool);
    private ushort _base;

    public ReceiveOutcome Receive(in MessageHeader header, ReadOnlySpan<byte> payload, IMessageSink sink)
    {
        var offset = (ushort)(header.Id - _base);
        if (offset >= Protocol.ReliableWindow)
        {
            return offset >= 0x8000 ? ReceiveOutcome.Duplicate : ReceiveOutcome.Invalid;
        }

        if (_received[header.Id & Mask])
        {
            return ReceiveOutcome.Duplicate;
        }

        if (!header.IsFragment)
        {
            MarkReceived(header.Id);
            sink.Deliver(DeliveryMethod.ReliableUnordered, channel, payload);
            return ReceiveOutcome.Delivered;
        }

        var groupStart = (ushort)(header.Id - header.FragmentIndex);
        var outcome = _fragments.Add(groupStart, header.FragmentIndex, header.FragmentCount, payload, out var message);
        if (outcome is ReceiveOutcome.Invalid or ReceiveOutcome.OverBudget)
        {
            return outcome;
        }

        MarkReceived(header.Id);
        if (outcome == ReceiveOutcome.Delivered)
        {
            sink.Deliver(DeliveryMethod.ReliableUnordered, channel, message.Span);
            message.Return(budget, pool);
        }

        return outcome;
    }

    public void Release() => _fragments.Release();

    private void MarkReceived(ushort id)
    {
        _received[id & Mask] = true;
        while (_received[_base & Mask])
        {
            _received[_base & Mask] = false;
            _base++;
        }
    }
}
