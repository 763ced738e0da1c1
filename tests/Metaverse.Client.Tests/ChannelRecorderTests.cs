using Metaverse.Shared.Messages;
using Metaverse.Shared.Replication;

namespace Metaverse.Client.Tests;

public class ChannelRecorderTests
{
    [Fact]
    public void Samples_once_per_interval_and_keeps_the_newest_capacity_values_oldest_first()
    {
        var channels = Catalog();
        var recorder = new ChannelRecorder(channels, intervalSeconds: 1, capacity: 3);
        recorder.Watch("line", "speed");
        for (var second = 0; second < 5; second++)
        {
            Set(channels, (uint)(second + 1), 10f * second);
            recorder.Sample(second);
            recorder.Sample(second + 0.5); // within the interval: no second sample
        }

        var history = new float[8];
        var n = recorder.CopyHistory("line", "speed", history);
        Assert.Equal([20f, 30f, 40f], history[..n]);
    }

    [Fact]
    public void An_unwatched_channel_has_no_history_and_a_reset_empties_every_ring()
    {
        var channels = Catalog();
        var recorder = new ChannelRecorder(channels);
        recorder.Watch("line", "speed");
        Set(channels, 1, 5f);
        recorder.Sample(0);
        Assert.Equal(0, recorder.CopyHistory("line", "other", new float[4]));
        Assert.Equal(1, recorder.CopyHistory("line", "speed", new float[4]));
        recorder.Reset();
        Assert.Equal(0, recorder.CopyHistory("line", "speed", new float[4]));
    }

    [Fact]
    public void A_history_starts_with_the_first_value_at_once_then_follows_the_interval()
    {
        var channels = Catalog();
        var recorder = new ChannelRecorder(channels, intervalSeconds: 1, capacity: 10);
        recorder.Watch("line", "speed");
        recorder.Sample(0);
        Assert.Equal(0, recorder.CopyHistory("line", "speed", new float[4]));

        Set(channels, 1, 7f);
        recorder.Sample(0.3);
        recorder.Sample(0.6);
        recorder.Sample(1.0);

        var history = new float[4];
        var n = recorder.CopyHistory("line", "speed", history);
        Assert.Equal([7f, 7f], history[..n]);
    }

    private static TwinChannels Catalog()
    {
        var channels = new TwinChannels();
        var twin = new TwinDescription { TwinId = "line", Kind = "test" };
        twin.Channels.Add(new TwinChannelDescription { Name = "speed", Unit = "/min" });
        var catalog = new TwinCatalog { RoomId = "default", Version = 1 };
        catalog.Twins.Add(twin);
        channels.Apply(catalog);
        return channels;
    }

    private static void Set(TwinChannels channels, uint tick, float value)
    {
        var buffer = new byte[16];
        var length = TwinValueCodec.Encode([0], [value], buffer);
        Assert.True(channels.Apply(tick, 1, buffer.AsSpan(0, length)));
    }
}
