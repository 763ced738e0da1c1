namespace Metaverse.Shared.Net.Wire;

/// <summary>
/// Header of one message inside a data packet. Kind byte: bits 0–2 delivery method, bit 3 fragment flag,
/// bits 4–7 channel. Then, by method: Sequenced a 16-bit sequence; reliable methods a 16-bit message id
/// and, for fragments, index and count as varints. Then the payload length as a varint.
/// </summary>
internal readonly record struct MessageHeader(
    DeliveryMethod Method, byte Channel, ushort Id, int FragmentIndex, int FragmentCount, int Length)
{
    private const byte FragmentFlag = 0x08;

    public bool IsFragment => FragmentCount > 1;

    public bool IsReliable => Method >= DeliveryMethod.ReliableUnordered;

    public int EncodedSize =>
        1 + (Method == DeliveryMethod.Unreliable ? 0 : 2)
        + (IsFragment ? WireWriter.VarUIntSize((uint)FragmentIndex) + WireWriter.VarUIntSize((uint)FragmentCount) : 0)
        + WireWriter.VarUIntSize((uint)Length);

    public void Write(ref WireWriter writer)
    {
        writer.WriteByte((byte)((byte)Method | (IsFragment ? FragmentFlag : 0) | (Channel << 4)));
        if (Method != DeliveryMethod.Unreliable)
        {
            writer.WriteUInt16(Id);
        }

        if (IsFragment)
        {
            writer.WriteVarUInt((uint)FragmentIndex);
            writer.WriteVarUInt((uint)FragmentCount);
        }

        writer.WriteVarUInt((uint)Length);
    }

    /// <summary>Reads and validates a header; false for anything a correct peer would never send.</summary>
    public static bool TryRead(ref WireReader reader, int channelCount, int maxFragments, out MessageHeader header)
    {
        header = default;
        if (!reader.TryReadByte(out var kind))
        {
            return false;
        }

        var method = (DeliveryMethod)(kind & 0x07);
        var isFragment = (kind & FragmentFlag) != 0;
        var channel = (byte)(kind >> 4);
        if (method > DeliveryMethod.ReliableSequenced || channel >= channelCount)
        {
            return false;
        }

        ushort id = 0;
        if (method != DeliveryMethod.Unreliable && !reader.TryReadUInt16(out id))
        {
            return false;
        }

        uint index = 0, count = 1;
        if (isFragment && !TryReadFragment(ref reader, method, maxFragments, out index, out count))
        {
            return false;
        }

        if (!reader.TryReadVarUInt(out var length) || !IsValidLength(length, isFragment, index, count))
        {
            return false;
        }

        header = new MessageHeader(method, channel, id, (int)index, (int)count, (int)length);
        return reader.Remaining >= length;
    }

    private static bool TryReadFragment(ref WireReader reader, DeliveryMethod method, int maxFragments, out uint index, out uint count)
    {
        count = 0;
        return reader.TryReadVarUInt(out index) && reader.TryReadVarUInt(out count)
            && method is DeliveryMethod.ReliableOrdered or DeliveryMethod.ReliableUnordered
            && count >= 2 && count <= maxFragments && index < count;
    }

    private static bool IsValidLength(uint length, bool isFragment, uint index, uint count)
    {
        if (!isFragment)
        {
            return length <= Protocol.MaxUnfragmentedPayload;
        }

        return index < count - 1
            ? length == Protocol.FragmentPayloadBytes
            : length >= 1 && length <= Protocol.FragmentPayloadBytes;
    }
}
