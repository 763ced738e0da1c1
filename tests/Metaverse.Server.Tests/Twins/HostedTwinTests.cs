using Metaverse.Server.Twins;

namespace Metaverse.Server.Tests.Twins;

public class HostedTwinTests
{
    [Fact]
    public void Time_scale_multiplies_real_time_and_zero_pauses()
    {
        var hosted = new HostedTwin("ramp-1", new RampTwin(), RampTwin.Kind(), 30);
        hosted.PrepareTimeScale("100").Change!.Apply();
        hosted.Step(0.5);
        hosted.PrepareTimeScale("0").Change!.Apply();
        hosted.Step(0.5);

        Assert.Equal(50, hosted.Twin.TimeSeconds, 9);
        Assert.Equal(50, hosted.Values[0], 9);
        Assert.Equal(50, hosted.Values[1], 9);
    }

    [Theory]
    [InlineData("1001")]
    [InlineData("-1")]
    [InlineData("fast")]
    public void A_time_scale_beyond_the_kinds_maximum_is_refused_naming_the_range(string scale)
    {
        var hosted = new HostedTwin("ramp-1", new RampTwin(), RampTwin.Kind(maxTimeScale: 1000), 30);

        var error = hosted.PrepareTimeScale(scale).Error;

        Assert.NotNull(error);
        Assert.Equal("arguments.scale", error.Field);
        Assert.Equal("0–1000 1", error.AcceptedRange);
    }

    [Fact]
    public void History_keeps_one_row_per_second_of_ticks_oldest_first()
    {
        var hosted = new HostedTwin("ramp-1", new RampTwin(), RampTwin.Kind(), 30);
        for (var i = 0; i < 90; i++)
        {
            hosted.Step(1.0 / 30);
        }

        var rows = hosted.History.Rows();
        Assert.Equal(3, rows.Count);
        Assert.Equal([1.0 / 30, 31.0 / 30, 61.0 / 30], rows.Select(r => Math.Round(r[0], 9)).Select(v => v).ToArray(), new ToleranceComparer(1e-9));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }

    [Fact]
    public void The_room_catalog_lists_every_twin_with_the_time_channel_first()
    {
        var room = new RoomTwins();
        room.Add(new HostedTwin("ramp-1", new RampTwin(), RampTwin.Kind(), 30));
        room.Add(new HostedTwin("ramp-2", new RampTwin(), RampTwin.Kind(), 30));

        var catalog = room.Catalog("default");

        Assert.Equal(2u, catalog.Version);
        Assert.Equal(["time", "level", "still"], catalog.Twins[1].Channels.Select(c => c.Name));
        Assert.Equal(6, room.Values.Length);
        Assert.Throws<InvalidOperationException>(() => room.Add(new HostedTwin("ramp-1", new RampTwin(), RampTwin.Kind(), 30)));
    }
}
