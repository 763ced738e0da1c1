using Metaverse.Twins.Core;
using Metaverse.Twins.Plant.Cdc;

namespace Metaverse.Twins.Tests.Plant.Cdc;

public class CdcCommandTests
{
    [Theory]
    [InlineData("setpoint", "name", "feeder.api.speed", "name")]
    [InlineData("setpoint", "name", "feeder.api.setpoint", "feeder.api.setpoint")]
    [InlineData("refill", "feeder", "binder", "feeder")]
    [InlineData("fault", "kind", "meteor", "kind")]
    [InlineData("explode", "x", "y", "action")]
    public void Prepare_refuses_bad_input_naming_the_field_and_changes_nothing(string action, string key, string value, string field)
    {
        var line = CdcTestLines.Create();
        line.Step(100);
        var before = line.Snapshot().Utf8Json;
        var arguments = new Dictionary<string, string> { [key] = value };
        if (action == "setpoint" && value == "feeder.api.setpoint")
        {
            arguments["value"] = "11";
        }

        var preparation = line.Prepare(new TwinCommand(action, arguments));

        Assert.False(preparation.Succeeded);
        Assert.Equal(field, preparation.Error!.Field);
        Assert.Equal(before, line.Snapshot().Utf8Json);
    }

    [Fact]
    public void Out_of_range_and_fractional_integers_are_refused_with_the_range()
    {
        var line = CdcTestLines.Create();

        var range = line.Prepare(TwinCommand.Of("setpoint", ("name", "feeder.api.setpoint"), ("value", "-1"))).Error!;
        var fraction = line.Prepare(TwinCommand.Of("setpoint", ("name", "blender.tanks"), ("value", "2.5"))).Error!;
        var text = line.Prepare(TwinCommand.Of("setpoint", ("name", "blender.mrt"), ("value", "fast"))).Error!;

        Assert.Equal("0–10 kg/h", range.AcceptedRange);
        Assert.Equal("blender.tanks", fraction.Field);
        Assert.Contains("whole", fraction.AcceptedRange, StringComparison.Ordinal);
        Assert.Equal("blender.mrt", text.Field);
    }

    [Fact]
    public void A_setpoint_change_carries_old_and_new_values_and_applies_once()
    {
        var line = CdcTestLines.Create();

        var change = line.Prepare(TwinCommand.Of("setpoint", ("name", "press.turret_speed"), ("value", "60"))).Change!;

        Assert.Equal(("press.turret_speed", "55.5", "60"), (change.Target, change.OldValue, change.NewValue));
        Assert.Equal(55.5, line.State.Parameters[CdcParameters.TurretSpeed]);
        change.Apply();
        Assert.Equal(60, line.State.Parameters[CdcParameters.TurretSpeed]);
        Assert.Throws<InvalidOperationException>(change.Apply);
    }

    [Fact]
    public void Stop_freezes_the_line_and_start_resumes_it()
    {
        var line = CdcTestLines.Create();
        line.Step(600);
        CdcTestLines.Run(line, TwinCommand.Of("stop"));
        var tablets = CdcTestLines.Channel(line, "press.tablets");

        line.Step(600);
        Assert.Equal(tablets, CdcTestLines.Channel(line, "press.tablets"));
        Assert.Equal(0, CdcTestLines.Channel(line, "energy.power"));
        CdcTestLines.Run(line, TwinCommand.Of("start"));
        line.Step(60);
        Assert.True(CdcTestLines.Channel(line, "press.tablets") > tablets);
    }

    [Fact]
    public void Refusing_a_second_refill_while_one_runs()
    {
        var line = CdcTestLines.Create();
        CdcTestLines.Run(line, TwinCommand.Of("refill", ("feeder", "api")));

        Assert.Equal("feeder", line.Prepare(TwinCommand.Of("refill", ("feeder", "api"))).Error?.Field);
    }

    [Fact]
    public void Nir_drift_makes_the_controller_move_the_true_concentration_and_clear_stops_it()
    {
        var line = CdcTestLines.Create(9, ("nir.noise", 0));
        line.Step(1800);
        CdcTestLines.Run(line, TwinCommand.Of("fault", ("kind", "nir_drift")));
        line.Step(2 * 3600);

        Assert.True(CdcTestLines.Channel(line, "blender.api") < 9.0, "the loop follows a drifting NIR away from target");
        Assert.True(CdcTestLines.Channel(line, "divert.mass") > 0, "the RTD soft sensor diverts the off-target blend");
        CdcTestLines.Run(line, TwinCommand.Of("fault", ("kind", "clear")));
        line.Step(3600);
        Assert.Equal(10, CdcTestLines.Channel(line, "blender.api"), 0.3);
    }
}
