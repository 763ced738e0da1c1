namespace Metaverse.Shared.Net.Reliability;

/// <summary>Wrap-around comparison of sequence numbers (RFC 1982 serial number arithmetic).</summary>
internal static class SequenceNumbers
{
    public static bool IsNewer(ushort candidate, ushort reference) => (short)(candidate - reference) > 0;

    public static bool IsNewer(uint candidate, uint reference) => (int)(candidate - reference) > 0;

    /// <summary>Next packet sequence; 0 is skipped because it means "nothing" in the ack field.</summary>
    public static uint NextPacket(uint sequence) => sequence == uint.MaxValue ? 1 : sequence + 1;
}
