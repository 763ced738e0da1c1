using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class SnapshotInterpolationSettingsTests
{
    [Fact]
    public void Defaults_match_the_design()
    {
        var settings = new SnapshotInterpolationSettings();

        Assert.Equal(30, settings.TickRate);
        Assert.Equal(32, settings.Capacity);
        Assert.Equal(2.5, settings.InitialDelayTicks);
        Assert.Equal(1.5, settings.MinimumDelayTicks);
        Assert.Equal(6, settings.MaximumDelayTicks);
        Assert.Equal(0.25, settings.MaximumExtrapolationSeconds);
        settings.Validate();
    }

    [Fact]
    public void Out_of_range_values_are_refused_naming_the_field_and_range()
    {
        var tickRate = Assert.Throws<ArgumentOutOfRangeException>(() => new SnapshotInterpolationSettings { TickRate = 0 });
        Assert.Equal("TickRate", tickRate.ParamName);
        Assert.Contains("[1, 1000]", tickRate.Message, StringComparison.Ordinal);

        Assert.Equal("Capacity", Assert.Throws<ArgumentOutOfRangeException>(() => new SnapshotInterpolationSettings { Capacity = 1 }).ParamName);
        Assert.Equal("MaximumDelayTicks", Assert.Throws<ArgumentOutOfRangeException>(() => new SnapshotInterpolationSettings { MaximumDelayTicks = double.NaN }).ParamName);
        Assert.Equal("JitterGain", Assert.Throws<ArgumentOutOfRangeException>(() => new SnapshotInterpolationSettings { JitterGain = 0 }).ParamName);
        Assert.Equal("MaximumExtrapolationSeconds", Assert.Throws<ArgumentOutOfRangeException>(() => new SnapshotInterpolationSettings { MaximumExtrapolationSeconds = -1 }).ParamName);
    }
}
