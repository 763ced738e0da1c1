using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Reliability;

namespace Metaverse.Shared.Tests.Net.Reliability;

/// <summary>Records every delivered message, copying its bytes (the span is only valid during the call).</summary>
internal sealed class RecordingSink : IMessageSink
{
    public List<(DeliveryMethod Method, byte Channel, byte[] Bytes)> Messages { get; } = [];

    public void Deliver(DeliveryMethod method, byte channel, ReadOnlySpan<byte> message) =>
        Messages.Add((method, channel, message.ToArray()));
}
