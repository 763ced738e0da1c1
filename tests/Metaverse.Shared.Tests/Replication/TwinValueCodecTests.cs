using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public class TwinValueCodecTests
{
    private static List<(int Index, float Value)> Decode(ReadOnlySpan<byte> payload, int channels, out bool ok)
    {
        var decoded = new List<(int, float)>();
        ok = TwinValueCodec.TryDecode(payload, channels, (i, v) => decoded.Add((i, v)));
        return decoded;
    }

    [Fact]
    public void Round_trips_sparse_and_dense_indices_with_five_bytes_per_dense_value()
    {
        int[] indices = [0, 1, 2, 130, 131, 5000];
        float[] values = [1.5f, -2f, float.NaN, 1e30f, 0f, 3.25f];
        var buffer = new byte[indices.Length * TwinValueCodec.MaxBytesPerValue];

        var length = TwinValueCodec.Encode(indices, values, buffer);
        var decoded = Decode(buffer.AsSpan(0, length), 5001, out var ok);

        Assert.True(ok);
        Assert.Equal(indices, decoded.Select(d => d.Index));
        Assert.Equal(values, decoded.Select(d => d.Value));
        Assert.Equal((5 * 5) + 6, length); // gaps 0, 0, 0, 127, 0 take one byte; 4868 takes two
    }

    [Fact]
    public void An_index_beyond_the_catalog_refuses_the_whole_payload()
    {
        var buffer = new byte[18];
        var length = TwinValueCodec.Encode([1, 9], [1f, 2f], buffer);

        var decoded = Decode(buffer.AsSpan(0, length), 9, out var ok);

        Assert.False(ok);
        Assert.Empty(decoded);
    }

    [Fact]
    public void A_truncated_payload_is_refused()
    {
        var buffer = new byte[9];
        var length = TwinValueCodec.Encode([3], [1f], buffer);

        Assert.False(TwinValueCodec.TryDecode(buffer.AsSpan(0, length - 1), 10, (_, _) => { }));
        Assert.False(TwinValueCodec.TryDecode([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0, 0, 0, 0], 10, (_, _) => { }));
    }

    [Fact]
    public void Indices_out_of_order_are_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => TwinValueCodec.Encode([2, 2], [1f, 1f], new byte[18]));
}
