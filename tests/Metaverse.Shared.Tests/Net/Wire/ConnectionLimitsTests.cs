using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Wire;

public sealed class ConnectionLimitsTests
{
    [Theory]
    [InlineData(Protocol.MaxUnfragmentedPayload, Protocol.MaxUnfragmentedPayload, 1)]
    [InlineData(1 << 20, 256 * 1024, 4)]
    [InlineData(int.MaxValue, Protocol.MaxMessageBytes, Protocol.MaxChannels)]
    public void Limits_round_trip(int receiveBuffer, int maxMessage, int channels)
    {
        var limits = new ConnectionLimits(receiveBuffer, maxMessage, channels);

        var read = RoundTrip(limits, out var ok);

        Assert.True(ok);
        Assert.Equal(limits, read);
    }

    [Theory]
    [InlineData(Protocol.MaxUnfragmentedPayload, 1)]
    [InlineData(Protocol.MaxUnfragmentedPayload + 1, 2)]
    [InlineData(2 * Protocol.FragmentPayloadBytes, 2)]
    [InlineData(Protocol.MaxMessageBytes, Protocol.MaxFragments)]
    public void MaxFragments_is_the_fragment_count_of_the_largest_message(int maxMessage, int fragments)
    {
        Assert.Equal(fragments, new ConnectionLimits(int.MaxValue, maxMessage, 1).MaxFragments);
    }

    [Theory]
    [InlineData(1 << 20, 256 * 1024, 0)]
    [InlineData(1 << 20, 256 * 1024, Protocol.MaxChannels + 1)]
    [InlineData(1 << 20, Protocol.MaxUnfragmentedPayload - 1, 4)]
    [InlineData(int.MaxValue, Protocol.MaxMessageBytes + 1, 4)]
    [InlineData(-1, 256 * 1024, 4)]
    public void Limits_out_of_range_are_rejected(int receiveBuffer, int maxMessage, int channels)
    {
        RoundTrip(new ConnectionLimits(receiveBuffer, maxMessage, channels), out var ok);

        Assert.False(ok);
    }

    [Fact]
    public void Receive_buffer_smaller_than_the_reservation_of_the_largest_message_is_rejected()
    {
        var maxMessage = Protocol.MaxUnfragmentedPayload + 1;
        var needed = 2 * Protocol.FragmentPayloadBytes;

        RoundTrip(new ConnectionLimits(needed - 1, maxMessage, 1), out var tooSmall);
        RoundTrip(new ConnectionLimits(needed, maxMessage, 1), out var enough);

        Assert.False(tooSmall);
        Assert.True(enough);
    }

    [Fact]
    public void Truncated_limits_are_rejected()
    {
        var buffer = new byte[32];
        var writer = new WireWriter(buffer);
        new ConnectionLimits(1 << 20, 256 * 1024, 4).Write(ref writer);

        for (var length = 0; length < writer.Position; length++)
        {
            var reader = new WireReader(buffer.AsSpan(0, length));
            Assert.False(ConnectionLimits.TryRead(ref reader, out _), $"length {length}");
        }
    }

    private static ConnectionLimits RoundTrip(ConnectionLimits limits, out bool ok)
    {
        var buffer = new byte[32];
        var writer = new WireWriter(buffer);
        limits.Write(ref writer);
        var reader = new WireReader(buffer.AsSpan(0, writer.Position));
        ok = ConnectionLimits.TryRead(ref reader, out var read);
        return read;
    }
}
