namespace Metaverse.Shared.Net.Wire;

/// <summary>
/// Header of <see cref="PacketType.Data"/> and <see cref="PacketType.Ack"/> datagrams. Sequence numbers
/// start at 1 and skip 0 on wrap, so <c>Ack == 0</c> means "nothing received yet". Bit i of
/// <see cref="AckBits"/> acknowledges sequence <c>Ack - 1 - i</c>.
/// </summary>
internal readonly record struct DataHeader(PacketType Type, uint ConnectionId, uint Sequence, uint Ack, uint AckBits)
{
    public void Write(ref WireWriter writer)
    {
        writer.WriteByte((byte)Type);
        writer.WriteUInt32(ConnectionId);
        writer.WriteUInt32(Sequence);
        writer.WriteUInt32(Ack);
        writer.WriteUInt32(AckBits);
    }

    public static bool TryRead(ref WireReader reader, out DataHeader header)
    {
        header = default;
        if (!reader.TryReadByte(out var type) || !reader.TryReadUInt32(out var connectionId)
            || !reader.TryReadUInt32(out var sequence) || !reader.TryReadUInt32(out var ack)
            || !reader.TryReadUInt32(out var ackBits) || sequence == 0)
        {
            return false;
        }

        header = new DataHeader((PacketType)type, connectionId, sequence, ack, ackBits);
        return true;
    }
}
