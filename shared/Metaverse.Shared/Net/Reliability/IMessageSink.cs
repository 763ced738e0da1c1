namespace Metaverse.Shared.Net.Reliability;

/// <summary>Where receive streams hand complete messages. The span is valid only during the call.</summary>
internal interface IMessageSink
{
    void Deliver(DeliveryMethod method, byte channel, ReadOnlySpan<byte> message);
}
