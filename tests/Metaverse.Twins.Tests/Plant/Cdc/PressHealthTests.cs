using Metaverse.Twins.Core;

namespace Metaverse.Twins.Tests.Plant.Cdc;

public class PressHealthTests
{
    [Fact]
    public void Maintenance_alert_fires_before_failure_while_rul_only_decreases()
    {
        var line = CdcTestLines.Create(21, ("health.wear_rate", 0.1), ("health.alert_rul", 1));
        double? alertAt = null, failedAt = null;
        var previousRul = double.PositiveInfinity;
        for (var minute = 1; minute <= 20 * 60 && failedAt is null; minute++)
        {
            line.Step(60);
            var rul = CdcTestLines.Channel(line, "health.rul");
            Assert.True(rul <= previousRul, $"RUL rose from {previousRul} to {rul} h at {minute} min");
            previousRul = rul;
            alertAt ??= CdcTestLines.Channel(line, "health.alert") == 1 ? minute : null;
            failedAt ??= CdcTestLines.Channel(line, "health.failed") == 1 ? minute : null;
        }

        Assert.NotNull(failedAt);
        Assert.NotNull(alertAt);
        Assert.True(alertAt < failedAt - 10, $"alert at {alertAt} min, failure at {failedAt} min");
        Assert.True(alertAt > failedAt - 240, $"alert at {alertAt} min is far earlier than the 1 h alert RUL asks (failure at {failedAt} min)");
        Assert.Equal(0, CdcTestLines.Channel(line, "line.running"));
        Assert.False(line.Prepare(TwinCommand.Of("start")).Succeeded);
    }

    [Fact]
    public void A_punch_wear_jump_is_flagged_as_an_anomaly_and_maintenance_resets_it()
    {
        var line = CdcTestLines.Create(22);
        line.Step(1200);
        Assert.True(CdcTestLines.Channel(line, "health.anomaly_score") < 6);
        var rulBefore = CdcTestLines.Channel(line, "health.rul");

        CdcTestLines.Run(line, TwinCommand.Of("fault", ("kind", "punch_wear_jump")));
        line.Step(600);

        Assert.True(CdcTestLines.Channel(line, "health.anomaly_score") > 6);
        Assert.Equal(1, CdcTestLines.Channel(line, "health.anomaly"));
        var rulAfterJump = CdcTestLines.Channel(line, "health.rul");
        Assert.True(rulAfterJump < 0.8 * rulBefore);
        CdcTestLines.Run(line, TwinCommand.Of("maintenance"));
        line.Step(1200);
        Assert.Equal(0, CdcTestLines.Channel(line, "health.anomaly"));
        Assert.True(CdcTestLines.Channel(line, "health.wear") < 0.1);
        Assert.True(CdcTestLines.Channel(line, "health.rul") > 0.95 * rulBefore);
    }

    [Fact]
    public void Wear_raises_compression_force_variability_and_vibration()
    {
        var healthy = CdcTestLines.Create(23);
        var worn = CdcTestLines.Create(23);
        worn.State.Health.Wear = 0.7;

        healthy.Step(1800);
        worn.Step(1800);

        Assert.True(CdcTestLines.Channel(worn, "press.force_rsd") > 1.5 * CdcTestLines.Channel(healthy, "press.force_rsd"));
        Assert.True(CdcTestLines.Channel(worn, "health.vibration_rms") > 1.5 * CdcTestLines.Channel(healthy, "health.vibration_rms"));
        Assert.True(CdcTestLines.Channel(worn, "health.kurtosis") > CdcTestLines.Channel(healthy, "health.kurtosis") + 1);
    }
}
