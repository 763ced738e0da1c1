using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Net.Reliability;

/// <summary>
/// Reassembles fragment groups of one reliable stream, keyed by the id of fragment 0. A group reserves
/// <c>count × FragmentPayloadBytes</c> of the connection's budget when its first fragment arrives.
/// </summary>
internal sealed class FragmentAssembler(ReceiveBudget budget, BufferPool pool)
{
    private readonly Dictionary<ushort, Group> _groups = [];

    /// <summary>Adds one fragment. On <see cref="ReceiveOutcome.Delivered"/> the group is complete in <paramref name="message"/>; the caller owns it.</summary>
    public ReceiveOutcome Add(ushort groupStart, int index, int count, ReadOnlySpan<byte> payload, out CompleteMessage message)
    {
        message = default;
        if (!_groups.TryGetValue(groupStart, out var group))
        {
            var reserved = Protocol.ReservedBytes(0, count);
            if (!budget.TryReserve(reserved))
            {
                return ReceiveOutcome.OverBudget;
            }

            group = new Group(pool.Rent(reserved), new bool[count], reserved);
            _groups.Add(groupStart, group);
        }

        if (group.Received.Length != count)
        {
            return ReceiveOutcome.Invalid;
        }

        if (group.Received[index])
        {
            return ReceiveOutcome.Duplicate;
        }

        group.Received[index] = true;
        group.ReceivedCount++;
        payload.CopyTo(group.Buffer.AsSpan(index * Protocol.FragmentPayloadBytes));
        if (index == count - 1)
        {
            group.Length = ((count - 1) * Protocol.FragmentPayloadBytes) + payload.Length;
        }

        if (group.ReceivedCount < count)
        {
            return ReceiveOutcome.Buffered;
        }

        _groups.Remove(groupStart);
        message = new CompleteMessage(group.Buffer, group.Length, count, group.Reserved);
        return ReceiveOutcome.Delivered;
    }

    public void Release()
    {
        foreach (var group in _groups.Values)
        {
            pool.Return(group.Buffer);
            budget.Release(group.Reserved);
        }

        _groups.Clear();
    }

    private sealed class Group(byte[] buffer, bool[] received, int reserved)
    {
        public byte[] Buffer { get; } = buffer;

        public bool[] Received { get; } = received;

        public int Reserved { get; } = reserved;

        public int ReceivedCount { get; set; }

        public int Length { get; set; }
    }
}

/// <summary>A whole message in a pooled buffer, spanning <see cref="IdSpan"/> ids, holding <see cref="Reserved"/> budget bytes.</summary>
internal readonly record struct CompleteMessage(byte[] Buffer, int Length, int IdSpan, int Reserved)
{
    public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);

    public void Return(ReceiveBudget budget, BufferPool pool)
    {
        pool.Return(Buffer);
        budget.Release(Reserved);
    }
}
