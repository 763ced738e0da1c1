using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Net.Reliability;

/// <summary>
/// Which packet sequences arrived recently: drops duplicates and packets older than the window, and
/// produces the ack and 32-bit ack field for outgoing headers.
/// </summary>
internal sealed class ReceivedPacketWindow
{
    private const int Mask = Protocol.ReceivedPacketWindow - 1;
    private readonly uint[] _received = new uint[Protocol.ReceivedPacketWindow];

    /// <summary>Newest sequence received, 0 before the first.</summary>
    public uint Latest { get; private set; }

    public bool IsStale(uint sequence) => Latest != 0 && (int)(Latest - sequence) >= Protocol.ReceivedPacketWindow;

    public bool IsDuplicate(uint sequence) => _received[sequence & Mask] == sequence;

    public void Record(uint sequence)
    {
        _received[sequence & Mask] = sequence;
        if (Latest == 0 || SequenceNumbers.IsNewer(sequence, Latest))
        {
            Latest = sequence;
        }
    }

    /// <summary>Bit i set when sequence Latest − 1 − i has been received.</summary>
    public uint AckBits()
    {
        uint bits = 0;
        for (var i = 0; i < Protocol.AckBits; i++)
        {
            var sequence = Latest - 1 - (uint)i;
            if (sequence != 0 && _received[sequence & Mask] == sequence)
            {
                bits |= 1u << i;
            }
        }

        return bits;
    }
}
