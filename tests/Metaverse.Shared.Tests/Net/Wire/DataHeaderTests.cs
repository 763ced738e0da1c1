using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Wire;

public sealed class DataHeaderTests
{
    [Theory]
    [InlineData((byte)PacketType.Data, 1u, 1u, 0u, 0u)]
    [InlineData((byte)PacketType.Ack, 0xDEADBEEFu, uint.MaxValue, 77u, 0x80000001u)]
    [InlineData((byte)PacketType.Data, uint.MaxValue, 12345u, uint.MaxValue, uint.MaxValue)]
    public void Header_round_trips_in_exactly_DataHeaderBytes(byte type, uint connectionId, uint sequence, uint ack, uint ackBits)
    {
        var header = new DataHeader((PacketType)type, connectionId, sequence, ack, ackBits);
        var buffer = new byte[64];
        var writer = new WireWriter(buffer);
        header.Write(ref writer);

        Assert.Equal(Protocol.DataHeaderBytes, writer.Position);
        var reader = new WireReader(writer.Written);
        Assert.True(DataHeader.TryRead(ref reader, out var read));
        Assert.Equal(header, read);
        Assert.Equal(0, reader.Remaining);
    }

    [Fact]
    public void Sequence_zero_is_rejected()
    {
        var buffer = new byte[Protocol.DataHeaderBytes];
        var writer = new WireWriter(buffer);
        new DataHeader(PacketType.Data, 5, 0, 3, 1).Write(ref writer);
        var reader = new WireReader(buffer);

        Assert.False(DataHeader.TryRead(ref reader, out var read));
        Assert.Equal(default, read);
    }

    [Fact]
    public void Truncated_header_is_rejected()
    {
        var buffer = new byte[Protocol.DataHeaderBytes];
        var writer = new WireWriter(buffer);
        new DataHeader(PacketType.Data, 5, 9, 3, 1).Write(ref writer);

        for (var length = 0; length < Protocol.DataHeaderBytes; length++)
        {
            var reader = new WireReader(buffer.AsSpan(0, length));
            Assert.False(DataHeader.TryRead(ref reader, out _), $"length {length}");
        }
    }
}
