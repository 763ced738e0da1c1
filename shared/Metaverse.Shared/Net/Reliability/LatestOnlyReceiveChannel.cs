namespace Metaverse.Shared.Net.Reliability;

/// <summary>
/// Receive side of Sequenced and ReliableSequenced streams: delivers a message only when it is newer
/// than every message delivered before on the stream, so nothing older ever follows something newer.
/// </summary>
internal sealed class LatestOnlyReceiveChannel(DeliveryMethod method, byte channel)
{
    private bool _any;
    private ushort _latest;

    public ReceiveOutcome Receive(ushort id, ReadOnlySpan<byte> payload, IMessageSink sink)
    {
        if (_any && !SequenceNumbers.IsNewer(id, _latest))
        {
            return ReceiveOutcome.Duplicate;
        }

        _any = true;
        _latest = id;
        sink.Deliver(method, channel, payload);
        return ReceiveOutcome.Delivered;
    }
}
