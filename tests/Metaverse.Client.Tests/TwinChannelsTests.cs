using Metaverse.Shared.Messages;
using Metaverse.Shared.Replication;

namespace Metaverse.Client.Tests;

public class TwinChannelsTests
{
    private static readonly TwinCatalog Catalog = new()
    {
        RoomId = "default",
        Version = 2,
        Twins =
        {
            new TwinDescription { TwinId = "cdc-line-1", Kind = "cdc-line", Channels = { new TwinChannelDescription { Name = "time", Unit = "s" }, new TwinChannelDescription { Name = "feeder.api.flow", Unit = "kg/h" } } },
        },
    };

    private static byte[] Payload(int index, float value)
    {
        var buffer = new byte[TwinValueCodec.MaxBytesPerValue];
        return buffer[..TwinValueCodec.Encode([index], [value], buffer)];
    }

    [Fact]
    public void Values_apply_by_catalog_index_and_an_older_snapshot_never_overwrites_a_newer_one()
    {
        var twins = new TwinChannels();
        twins.Apply(Catalog);

        Assert.True(twins.Apply(10, 2, Payload(1, 12.5f)));
        Assert.True(twins.Apply(9, 2, Payload(1, 11f)));

        Assert.True(twins.TryGet("cdc-line-1", "feeder.api.flow", out var flow));
        Assert.Equal(12.5f, flow);
        Assert.Equal(1, twins.ChannelsWithValues);
    }

    [Fact]
    public void Values_for_another_catalog_version_or_out_of_range_are_ignored()
    {
        var twins = new TwinChannels();
        twins.Apply(Catalog);

        Assert.False(twins.Apply(10, 1, Payload(1, 1f)));
        Assert.False(twins.Apply(11, 2, Payload(2, 1f)));

        Assert.Equal(1, twins.Undecodable);
        Assert.True(twins.TryGet("cdc-line-1", "time", out var time));
        Assert.True(float.IsNaN(time));
        Assert.False(twins.TryGet("cdc-line-1", "nope", out _));
    }
}
