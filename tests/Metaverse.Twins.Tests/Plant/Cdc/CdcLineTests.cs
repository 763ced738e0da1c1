using Metaverse.Twins.Plant.Cdc;

namespace Metaverse.Twins.Tests.Plant.Cdc;

public class CdcLineTests
{
    [Fact]
    public void Names_are_unique_and_every_channel_is_written()
    {
        var line = CdcLine.CreateDefault(1);
        line.Step(100);
        var values = Enumerable.Repeat(double.NaN, line.Channels.Count).ToArray();

        line.ReadChannels(values);

        Assert.Equal(line.Channels.Count, line.Channels.Select(c => c.Name).Distinct().Count());
        Assert.Equal(line.Parameters.Count, line.Parameters.Select(p => p.Name).Distinct().Count());
        Assert.All(values, v => Assert.True(double.IsFinite(v)));
        Assert.All(line.Parameters, p => Assert.Null(p.Check(p.Default)));
        Assert.Equal("cdc-line", line.Kind);
    }

    [Fact]
    public void Default_line_makes_tablets_on_target_at_the_press_rate()
    {
        var line = CdcLine.CreateDefault(2);
        line.Step(4 * 3600);

        Assert.Equal(250, CdcTestLines.Channel(line, "press.tablet_weight"), 2.0);
        Assert.Equal(55.5 * 24 * 60, CdcTestLines.Channel(line, "press.throughput"), 1.0);
        Assert.Equal(10, CdcTestLines.Channel(line, "blender.api"), 0.3);
        Assert.InRange(CdcTestLines.Channel(line, "release.last_av"), 0.5, 15);
        Assert.InRange(CdcTestLines.Channel(line, "press.tensile_strength"), 0.5, 5);
    }

    [Fact]
    public void Kwh_and_co2e_per_thousand_tablets_follow_power_time_and_emission_factor()
    {
        var line = CdcTestLines.Create(4, ("energy.emission_factor", 0.5));
        line.Step(3600);

        var kwh = CdcTestLines.Channel(line, "energy.kwh");
        var tablets = CdcTestLines.Channel(line, "press.tablets");
        Assert.Equal(EnergyMeter.Power(line.State.Parameters), kwh, 9);
        Assert.Equal(kwh * 1000 / tablets, CdcTestLines.Channel(line, "energy.kwh_per_1000"), 12);
        Assert.Equal(0.5 * kwh * 1000 / tablets, CdcTestLines.Channel(line, "energy.co2e_per_1000"), 12);
    }

    [Fact]
    public void Stepping_at_the_server_tick_and_reading_channels_allocate_nothing()
    {
        var line = CdcLine.CreateDefault(3);
        var values = new double[line.Channels.Count];
        line.Step(10);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 3000; i++)
        {
            line.Step(1.0 / 30);
            line.ReadChannels(values);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
