using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Wire;

public sealed class MessageHeaderTests
{
    private const int ChannelCount = Protocol.MaxChannels;
    private const int Fragment = Protocol.FragmentPayloadBytes;

    public static TheoryData<DeliveryMethod, byte, ushort, int, int, int> ValidHeaders => new()
    {
        { DeliveryMethod.Unreliable, 0, 0, 0, 1, 0 },
        { DeliveryMethod.Unreliable, 15, 0, 0, 1, Protocol.MaxUnfragmentedPayload },
        { DeliveryMethod.Sequenced, 3, 65535, 0, 1, 127 },
        { DeliveryMethod.Sequenced, 0, 1, 0, 1, 128 },
        { DeliveryMethod.ReliableUnordered, 7, 1234, 0, 1, 1 },
        { DeliveryMethod.ReliableOrdered, 15, 0, 0, 1, Protocol.MaxUnfragmentedPayload },
        { DeliveryMethod.ReliableSequenced, 1, 40000, 0, 1, 10 },
        { DeliveryMethod.ReliableOrdered, 2, 100, 0, 2, Fragment },
        { DeliveryMethod.ReliableOrdered, 2, 101, 1, 2, 1 },
        { DeliveryMethod.ReliableUnordered, 9, 65535, 0, Protocol.MaxFragments, Fragment },
        { DeliveryMethod.ReliableUnordered, 9, 200, 200, 300, Fragment },
        { DeliveryMethod.ReliableOrdered, 0, 511, Protocol.MaxFragments - 1, Protocol.MaxFragments, Fragment },
    };

    [Theory]
    [MemberData(nameof(ValidHeaders))]
    public void Header_round_trips_for_every_delivery_method_and_fragment_shape(
        DeliveryMethod method, byte channel, ushort id, int index, int count, int length)
    {
        var header = new MessageHeader(method, channel, id, index, count, length);
        var bytes = Encode(header, length, out _);

        var reader = new WireReader(bytes);
        Assert.True(MessageHeader.TryRead(ref reader, ChannelCount, Protocol.MaxFragments, out var read));
        Assert.Equal(header, read);
        Assert.Equal(length, reader.Remaining);
    }

    [Theory]
    [MemberData(nameof(ValidHeaders))]
    public void EncodedSize_equals_the_bytes_written(
        DeliveryMethod method, byte channel, ushort id, int index, int count, int length)
    {
        var header = new MessageHeader(method, channel, id, index, count, length);

        Encode(header, 0, out var written);

        Assert.Equal(written, header.EncodedSize);
        Assert.True(header.EncodedSize <= Protocol.MaxMessageHeaderBytes);
    }

    [Fact]
    public void Kind_byte_packs_method_fragment_flag_and_channel()
    {
        var bytes = Encode(new MessageHeader(DeliveryMethod.ReliableOrdered, 5, 0x0201, 0, 2, Fragment), Fragment, out _);

        Assert.Equal(0x5B, bytes[0]);
        Assert.Equal(0x01, bytes[1]);
        Assert.Equal(0x02, bytes[2]);
    }

    [Fact]
    public void Unreliable_header_carries_no_id()
    {
        var bytes = Encode(new MessageHeader(DeliveryMethod.Unreliable, 0, 999, 0, 1, 3), 3, out var written);

        Assert.Equal(2, written);
        var reader = new WireReader(bytes);
        Assert.True(MessageHeader.TryRead(ref reader, ChannelCount, Protocol.MaxFragments, out var read));
        Assert.Equal(0, read.Id);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Undefined_delivery_methods_are_rejected(byte method)
    {
        byte[] bytes = [method, 0, 0, 0];
        var reader = new WireReader(bytes);

        Assert.False(MessageHeader.TryRead(ref reader, ChannelCount, Protocol.MaxFragments, out _));
    }

    [Theory]
    [InlineData(4, 4, false)]
    [InlineData(15, 4, false)]
    [InlineData(3, 4, true)]
    [InlineData(15, 16, true)]
    public void Channel_at_or_above_the_channel_count_is_rejected(byte channel, int channelCount, bool accepted)
    {
        var bytes = Encode(new MessageHeader(DeliveryMethod.ReliableOrdered, channel, 1, 0, 1, 4), 4, out _);
        var reader = new WireReader(bytes);

        Assert.Equal(accepted, MessageHeader.TryRead(ref reader, channelCount, Protocol.MaxFragments, out _));
    }

    [Theory]
    [InlineData(DeliveryMethod.Unreliable, false)]
    [InlineData(DeliveryMethod.Sequenced, false)]
    [InlineData(DeliveryMethod.ReliableSequenced, false)]
    [InlineData(DeliveryMethod.ReliableUnordered, true)]
    [InlineData(DeliveryMethod.ReliableOrdered, true)]
    public void Fragment_flag_is_only_accepted_on_reliable_ordered_and_unordered(DeliveryMethod method, bool accepted)
    {
        var bytes = Encode(new MessageHeader(method, 0, 10, 0, 2, Fragment), Fragment, out _);
        var reader = new WireReader(bytes);

        Assert.Equal(accepted, MessageHeader.TryRead(ref reader, ChannelCount, Protocol.MaxFragments, out _));
    }

    [Fact]
    public void Fragment_flag_with_a_count_of_one_is_rejected()
    {
        var buffer = new byte[32];
        var writer = new WireWriter(buffer);
        writer.WriteByte((byte)DeliveryMethod.ReliableOrdered | 0x08);
        writer.WriteUInt16(1);
        writer.WriteVarUInt(0);
        writer.WriteVarUInt(1);
        writer.WriteVarUInt(4);
        writer.WriteBytes([1, 2, 3, 4]);
        var reader = new WireReader(writer.Written);

        Assert.False(MessageHeader.TryRead(ref reader, ChannelCount, Protocol.MaxFragments, out _));
    }

    [Theory]
    [InlineData(8, 8, true)]
    [InlineData(9, 8, false)]
    [InlineData(Protocol.MaxFragments + 1, Protocol.MaxFragments, false)]
    public void Fragment_count_above_the_maximum_is_rejected(int count, int maxFragments, bool accepted)
    {
        var bytes = Encode(new MessageHeader(DeliveryMethod.ReliableUnordered, 0, 10, 0, count, Fragment), Fragment, out _);
        var reader = new WireReader(bytes);

        Assert.Equal(accepted, MessageHeader.TryRead(ref reader, ChannelCount, maxFragments, out _));
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(1000, 512)]
    public void Fragment_index_at_or_above_the_count_is_rejected(int index, int count)
    {
        var bytes = Encode(new MessageHeader(DeliveryMethod.ReliableOrdered, 0, 10, index, count, 1), 1, out _);
        var reader = new WireReader(bytes);

        Assert.False(MessageHeader.TryRead(ref reader, ChannelCount, Protocol.MaxFragments, out _));
    }

    [Theory]
    [InlineData(0, 3, Fragment - 1, false)]
    [InlineData(1, 3, Fragment + 1, false)]
    [InlineData(0, 3, 1, false)]
    [InlineData(1, 3, Fragment, true)]
    [InlineData(2, 3, 0, false)]
    [InlineData(2, 3, Fragment + 1, false)]
    [InlineData(2, 3, 1, true)]
    public void Fragment_length_must_be_the_fixed_size_except_a_non_empty_last_fragment(int index, int count, int length, bool accepted)
    {
        var bytes = Encode(new MessageHeader(DeliveryMethod.ReliableOrdered, 0, 10, index, count, length), length, out _);
        var reader = new WireReader(bytes);

        Assert.Equal(accepted, MessageHeader.TryRead(ref reader, ChannelCount, Protocol.MaxFragments, out _));
    }

    [Theory]
    [InlineData(DeliveryMethod.Unreliable)]
    [InlineData(DeliveryMethod.Sequenced)]
    [InlineData(DeliveryMethod.ReliableOrdered)]
    public void Unfragmented_length_above_the_maximum_payload_is_rejected(DeliveryMethod method)
    {
        var tooLong = Encode(new MessageHeader(method, 0, 1, 0, 1, Protocol.MaxUnfragmentedPayload + 1), Protocol.MaxUnfragmentedPayload + 1, out _);
        var longest = Encode(new MessageHeader(method, 0, 1, 0, 1, Protocol.MaxUnfragmentedPayload), Protocol.MaxUnfragmentedPayload, out _);

        var rejected = new WireReader(tooLong);
        Assert.False(MessageHeader.TryRead(ref rejected, ChannelCount, Protocol.MaxFragments, out _));
        var accepted = new WireReader(longest);
        Assert.True(MessageHeader.TryRead(ref accepted, ChannelCount, Protocol.MaxFragments, out _));
    }

    [Theory]
    [InlineData(DeliveryMethod.Unreliable, 0, 1)]
    [InlineData(DeliveryMethod.ReliableUnordered, 0, 1)]
    [InlineData(DeliveryMethod.ReliableOrdered, 0, 2)]
    public void Length_larger_than_the_remaining_bytes_is_rejected(DeliveryMethod method, int index, int count)
    {
        var length = count > 1 ? Fragment : 10;
        var bytes = Encode(new MessageHeader(method, 0, 1, index, count, length), length, out var headerBytes);

        var shortReader = new WireReader(bytes.AsSpan(0, headerBytes + length - 1));
        Assert.False(MessageHeader.TryRead(ref shortReader, ChannelCount, Protocol.MaxFragments, out _));
        var fullReader = new WireReader(bytes);
        Assert.True(MessageHeader.TryRead(ref fullReader, ChannelCount, Protocol.MaxFragments, out _));
    }

    [Fact]
    public void Header_cut_off_inside_the_id_or_varints_is_rejected_without_throwing()
    {
        var bytes = Encode(new MessageHeader(DeliveryMethod.ReliableOrdered, 0, 500, 200, 300, Fragment), 0, out var headerBytes);

        for (var cut = 0; cut < headerBytes; cut++)
        {
            var reader = new WireReader(bytes.AsSpan(0, cut));
            Assert.False(MessageHeader.TryRead(ref reader, ChannelCount, Protocol.MaxFragments, out _), $"cut at {cut}");
        }
    }

    /// <summary>Header bytes followed by <paramref name="payloadBytes"/> payload bytes; the header's own size in <paramref name="headerBytes"/>.</summary>
    private static byte[] Encode(MessageHeader header, int payloadBytes, out int headerBytes)
    {
        var buffer = new byte[64 + payloadBytes];
        var writer = new WireWriter(buffer);
        header.Write(ref writer);
        headerBytes = writer.Position;
        for (var i = 0; i < payloadBytes; i++)
        {
            buffer[headerBytes + i] = (byte)i;
        }

        return buffer.AsSpan(0, headerBytes + payloadBytes).ToArray();
    }
}
