using System.Text;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Wire;

public sealed class HandshakeCodecTests
{
    private static readonly byte[] AppKey = Encoding.UTF8.GetBytes("metaverse-test");

    private static readonly ConnectionLimits Limits = new(1 << 20, 256 * 1024, 4);

    [Fact]
    public void Connect_request_round_trips_and_is_exactly_ConnectRequestBytes_long()
    {
        var buffer = new byte[Protocol.MaxDatagramBytes];
        buffer.AsSpan().Fill(0xEE);
        byte[] data = [1, 2, 3, 4, 5];

        var length = HandshakeCodec.WriteConnectRequest(buffer, 0x0102030405060708, Limits, AppKey, data);

        Assert.Equal(Protocol.ConnectRequestBytes, length);
        Assert.Equal((byte)PacketType.ConnectRequest, buffer[0]);
        Assert.Equal(0xEE, buffer[Protocol.ConnectRequestBytes]);
        Assert.True(HandshakeCodec.TryReadConnectRequest(buffer.AsSpan(0, length), out var request));
        Assert.Equal(Protocol.Version, request.Version);
        Assert.Equal(0x0102030405060708UL, request.Salt);
        Assert.Equal(Limits, request.Limits);
        Assert.Equal(AppKey, request.AppKey.ToArray());
        Assert.Equal(data, request.Data.ToArray());
    }

    [Fact]
    public void Connect_request_padding_is_zeroed()
    {
        var buffer = new byte[Protocol.ConnectRequestBytes];
        buffer.AsSpan().Fill(0xEE);

        var length = HandshakeCodec.WriteConnectRequest(buffer, 1, Limits, [], []);

        Assert.True(HandshakeCodec.TryReadConnectRequest(buffer.AsSpan(0, length), out _));
        Assert.DoesNotContain((byte)0xEE, buffer);
        Assert.All(buffer.AsSpan(length - 200).ToArray(), b => Assert.Equal(0, b));
    }

    [Fact]
    public void Connect_request_with_the_largest_key_and_data_fits_and_round_trips()
    {
        var buffer = new byte[Protocol.ConnectRequestBytes];
        var key = Enumerable.Repeat((byte)'k', Protocol.MaxAppKeyBytes).ToArray();
        var data = Enumerable.Range(0, Protocol.MaxConnectDataBytes).Select(i => (byte)i).ToArray();

        var length = HandshakeCodec.WriteConnectRequest(buffer, 9, Limits, key, data);

        Assert.True(HandshakeCodec.TryReadConnectRequest(buffer.AsSpan(0, length), out var request));
        Assert.Equal(key, request.AppKey.ToArray());
        Assert.Equal(data, request.Data.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Protocol.ConnectRequestBytes - 1)]
    [InlineData(Protocol.ConnectRequestBytes + 1)]
    [InlineData(Protocol.MaxDatagramBytes)]
    public void Connect_request_of_any_other_length_is_rejected(int datagramLength)
    {
        var buffer = new byte[Protocol.MaxDatagramBytes];
        HandshakeCodec.WriteConnectRequest(buffer, 1, Limits, AppKey, [9]);

        Assert.False(HandshakeCodec.TryReadConnectRequest(buffer.AsSpan(0, datagramLength), out _));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Connect_request_with_a_wrong_magic_is_rejected(int magicByte)
    {
        var buffer = new byte[Protocol.ConnectRequestBytes];
        HandshakeCodec.WriteConnectRequest(buffer, 1, Limits, AppKey, [9]);
        Assert.True(HandshakeCodec.TryReadConnectRequest(buffer, out _));

        buffer[magicByte] ^= 0x20;

        Assert.False(HandshakeCodec.TryReadConnectRequest(buffer, out _));
    }

    [Fact]
    public void Connect_request_with_invalid_limits_is_rejected()
    {
        var buffer = new byte[Protocol.ConnectRequestBytes];
        HandshakeCodec.WriteConnectRequest(buffer, 1, Limits with { ChannelCount = 0 }, AppKey, [9]);

        Assert.False(HandshakeCodec.TryReadConnectRequest(buffer, out _));
    }

    [Fact]
    public void Connect_accept_round_trips()
    {
        var buffer = new byte[Protocol.MaxDatagramBytes];

        var length = HandshakeCodec.WriteConnectAccept(buffer, 0xAABBCCDDEEFF0011, 42, Limits);

        Assert.True(length <= Protocol.ConnectRequestBytes);
        Assert.Equal((byte)PacketType.ConnectAccept, buffer[0]);
        Assert.True(HandshakeCodec.TryReadConnectAccept(buffer.AsSpan(0, length), out var salt, out var connectionId, out var limits));
        Assert.Equal(0xAABBCCDDEEFF0011UL, salt);
        Assert.Equal(42u, connectionId);
        Assert.Equal(Limits, limits);
    }

    [Fact]
    public void Connect_accept_with_trailing_or_missing_bytes_or_connection_id_zero_is_rejected()
    {
        var buffer = new byte[Protocol.MaxDatagramBytes];
        var length = HandshakeCodec.WriteConnectAccept(buffer, 1, 42, Limits);
        Assert.True(HandshakeCodec.TryReadConnectAccept(buffer.AsSpan(0, length), out _, out _, out _));
        Assert.False(HandshakeCodec.TryReadConnectAccept(buffer.AsSpan(0, length + 1), out _, out _, out _));
        Assert.False(HandshakeCodec.TryReadConnectAccept(buffer.AsSpan(0, length - 1), out _, out _, out _));

        length = HandshakeCodec.WriteConnectAccept(buffer, 1, 0, Limits);
        Assert.False(HandshakeCodec.TryReadConnectAccept(buffer.AsSpan(0, length), out _, out _, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("server full")]
    [InlineData("Zugang verweigert – Schlüssel ungültig")]
    public void Connect_reject_round_trips(string reason)
    {
        var buffer = new byte[Protocol.MaxDatagramBytes];

        var length = HandshakeCodec.WriteConnectReject(buffer, 0x1122334455667788, reason);

        Assert.Equal((byte)PacketType.ConnectReject, buffer[0]);
        Assert.True(HandshakeCodec.TryReadConnectReject(buffer.AsSpan(0, length), out var salt, out var read));
        Assert.Equal(0x1122334455667788UL, salt);
        Assert.Equal(reason, read);
    }

    [Theory]
    [InlineData(DisconnectReason.LocalDisconnect, "bye")]
    [InlineData(DisconnectReason.Timeout, "")]
    [InlineData(DisconnectReason.ProtocolViolation, "the remote sent garbage")]
    [InlineData(DisconnectReason.HostShutdown, "maintenance 日本")]
    public void Disconnect_round_trips(DisconnectReason reason, string message)
    {
        var buffer = new byte[Protocol.MaxDatagramBytes];

        var length = HandshakeCodec.WriteDisconnect(buffer, 0xCAFEBABE, reason, message);

        Assert.Equal((byte)PacketType.Disconnect, buffer[0]);
        Assert.True(HandshakeCodec.TryReadDisconnect(buffer.AsSpan(0, length), out var connectionId, out var readReason, out var readMessage));
        Assert.Equal(0xCAFEBABEu, connectionId);
        Assert.Equal(reason, readReason);
        Assert.Equal(message, readMessage);
    }

    [Fact]
    public void Disconnect_with_an_unknown_reason_code_reads_as_RemoteDisconnect()
    {
        var buffer = new byte[Protocol.MaxDatagramBytes];
        var length = HandshakeCodec.WriteDisconnect(buffer, 7, (DisconnectReason)200, "x");

        Assert.True(HandshakeCodec.TryReadDisconnect(buffer.AsSpan(0, length), out _, out var reason, out var message));
        Assert.Equal(DisconnectReason.RemoteDisconnect, reason);
        Assert.Equal("x", message);
    }

    [Fact]
    public void Truncated_reject_and_disconnect_are_rejected()
    {
        var buffer = new byte[Protocol.MaxDatagramBytes];
        var rejectLength = HandshakeCodec.WriteConnectReject(buffer, 1, "abc");
        Assert.False(HandshakeCodec.TryReadConnectReject(buffer.AsSpan(0, rejectLength - 1), out _, out _));

        var disconnectLength = HandshakeCodec.WriteDisconnect(buffer, 1, DisconnectReason.Timeout, "abc");
        Assert.False(HandshakeCodec.TryReadDisconnect(buffer.AsSpan(0, disconnectLength - 1), out _, out _, out _));
    }

    public static TheoryData<string, string> LongReasons => new()
    {
        // 1 + 2·150 = 301 bytes; the most that fits is "a" + 99 × "é" (199 bytes): one byte is left unused.
        { "a" + new string('é', 150), "a" + new string('é', 99) },

        // 150 × "é" = 300 bytes; exactly 100 fit.
        { new string('é', 150), new string('é', 100) },

        // 2 + 3·100 = 302 bytes; "ab" + 66 × "日" is exactly 200 bytes.
        { "ab" + new string('日', 100), "ab" + new string('日', 66) },

        // 3·100 bytes; 66 × "日" = 198 bytes, a 67th would make 201.
        { new string('日', 100), new string('日', 66) },

        // Pure ASCII: cut at exactly 200 bytes.
        { new string('x', 500), new string('x', 200) },
    };

    [Theory]
    [MemberData(nameof(LongReasons))]
    public void Reject_reason_longer_than_200_bytes_is_cut_at_a_character_boundary(string reason, string expected)
    {
        var buffer = new byte[Protocol.MaxDatagramBytes];

        var length = HandshakeCodec.WriteConnectReject(buffer, 5, reason);

        Assert.True(HandshakeCodec.TryReadConnectReject(buffer.AsSpan(0, length), out _, out var read));
        Assert.Equal(expected, read);
        Assert.True(Encoding.UTF8.GetByteCount(read) <= Protocol.MaxReasonBytes);
        Assert.True(length <= Protocol.ConnectRequestBytes, $"reject of {length} bytes is longer than the {Protocol.ConnectRequestBytes}-byte request");
    }

    [Theory]
    [MemberData(nameof(LongReasons))]
    public void Disconnect_message_longer_than_200_bytes_is_cut_at_a_character_boundary(string message, string expected)
    {
        var buffer = new byte[Protocol.MaxDatagramBytes];

        var length = HandshakeCodec.WriteDisconnect(buffer, 5, DisconnectReason.LocalDisconnect, message);

        Assert.True(HandshakeCodec.TryReadDisconnect(buffer.AsSpan(0, length), out _, out _, out var read));
        Assert.Equal(expected, read);
        Assert.True(length <= Protocol.ConnectRequestBytes);
    }

    [Fact]
    public void Reason_is_never_cut_inside_a_surrogate_pair()
    {
        var buffer = new byte[Protocol.MaxDatagramBytes];

        // 1 + 4·100 bytes; "a" + 49 emoji is 197 bytes, and half of the 50th must not be written.
        var length = HandshakeCodec.WriteConnectReject(buffer, 5, "a" + string.Concat(Enumerable.Repeat("😀", 100)));

        Assert.True(HandshakeCodec.TryReadConnectReject(buffer.AsSpan(0, length), out _, out var read));
        Assert.Equal("a" + string.Concat(Enumerable.Repeat("😀", 49)), read);
        Assert.DoesNotContain('\uFFFD', read);
    }

    [Fact]
    public void No_reply_is_longer_than_the_connect_request()
    {
        var buffer = new byte[Protocol.MaxDatagramBytes];
        var longest = new string('日', 1000);

        Assert.True(HandshakeCodec.WriteConnectAccept(buffer, ulong.MaxValue, uint.MaxValue, Limits) <= Protocol.ConnectRequestBytes);
        Assert.True(HandshakeCodec.WriteConnectReject(buffer, ulong.MaxValue, longest) <= Protocol.ConnectRequestBytes);
        Assert.True(HandshakeCodec.WriteDisconnect(buffer, uint.MaxValue, DisconnectReason.HostShutdown, longest) <= Protocol.ConnectRequestBytes);
        Assert.True(HandshakeCodec.WriteConnectReject(buffer, 0, new string('x', 5000)) <= Protocol.ConnectRequestBytes);
    }
}
