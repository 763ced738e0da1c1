namespace Metaverse.Shared.Net.Reliability;

/// <summary>Receives the verdict on each sent packet from <see cref="SentPacketLog"/>.</summary>
internal interface ISentPacketListener
{
    void OnPacketAcked(SentPacket packet, long nowMicros);

    void OnPacketLost(SentPacket packet, long nowMicros);

    /// <summary>A packet already declared lost was acked after all: the loss was reordering.</summary>
    void OnSpuriousLoss(SentPacket packet);
}
