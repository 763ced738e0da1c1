using Metaverse.Twins.Core;
using Metaverse.Twins.Plant.Lyophilization;
using P = Metaverse.Twins.Plant.Lyophilization.LyoParameters;

namespace Metaverse.Twins.Tests.Plant.Lyophilization;

public class LyophilizerTests
{
    [Fact]
    public void Reference_case_dries_in_LyoPRONTOs_time()
    {
        var twin = Identical(P.Defaults());

        var hours = DryingTime(twin);

        // LyoPRONTO's regression case (tests/test_regression.py): 6.66 h, with 5 % tolerance there.
        Assert.Equal(6.66, hours, 0.05);
    }

    [Fact]
    public void Energy_balance_holds_at_the_front_and_through_the_frozen_layer_at_every_output_point()
    {
        var twin = Lyophilizer.CreateDefault(4);
        var checkedPoints = 0;
        while (!twin.Complete)
        {
            twin.Step(600);
            for (var i = 0; i < twin.VialCount; i++)
            {
                if (twin.DryingTimeHours(i) >= 0)
                {
                    continue;
                }

                var (vial, c) = (twin.Vial(i), twin.Conditions(i));
                var shelfHeat = c.Kv * c.VialArea * (c.Shelf - vial.BottomTemperature);
                var sublimationHeat = PikalVial.SublimationHeat * vial.SublimationRate / 3600;
                var conducted = PikalVial.IceConductivity * c.ProductArea * (vial.BottomTemperature - vial.FrontTemperature) / (twin.FrozenHeight - twin.FrontPosition(i));
                Assert.Equal(1, shelfHeat / sublimationHeat, 1e-9);
                Assert.Equal(1, conducted / sublimationHeat, 1e-9);
                checkedPoints++;
            }
        }

        Assert.True(checkedPoints > 1000);
    }

    [Fact]
    public void A_warmer_shelf_dries_faster()
    {
        var (cold, warm) = (P.Defaults(), P.Defaults());
        (cold[P.ShelfSetpoint], warm[P.ShelfSetpoint]) = (-10, 10);

        Assert.True(DryingTime(Identical(warm)) < 0.8 * DryingTime(Identical(cold)));
    }

    [Fact]
    public void A_larger_fill_dries_slower()
    {
        var (small, large) = (P.Defaults(), P.Defaults());
        (small[P.FillVolume], large[P.FillVolume]) = (2, 4);

        Assert.True(DryingTime(Identical(large)) > 1.8 * DryingTime(Identical(small)));
    }

    [Fact]
    public void Edge_vials_dry_before_centre_vials()
    {
        var p = P.Defaults();
        p[P.KvVariation] = 0;
        var twin = new Lyophilizer(p, 1);

        DryingTime(twin);

        Assert.True(twin.DryingTimeHours(twin.EdgeVial) < 0.95 * twin.DryingTimeHours(twin.CenterVial));
    }

    [Fact]
    public void Losing_pressure_control_warms_the_product_and_raises_the_collapse_alarm()
    {
        var p = P.Defaults();
        (p[P.ShelfSetpoint], p[P.CollapseTemperature]) = (-10, -25);
        var twin = new Lyophilizer(p, 1);
        twin.Step(3600);
        var values = new double[twin.Channels.Count];
        twin.ReadChannels(values);
        Assert.Equal(0, values[19]);

        Assert.Null(twin.Execute(TwinCommand.Of("fault", ("type", "pressure"), ("value_torr", "0.8"))));
        twin.Step(3600);
        twin.ReadChannels(values);

        Assert.True(values[3] > 0.7, $"pressure {values[3]}");
        Assert.Equal(1, values[19]);
    }

    [Fact]
    public void Snapshot_restore_continues_bitwise_equal()
    {
        var twin = Lyophilizer.CreateDefault(11);
        twin.Step(5000.5);
        twin.Execute(TwinCommand.Of("setpoint", ("target", "shelf"), ("value_c", "-5"), ("ramp_c_per_min", "0.5")));
        var copy = Lyophilizer.CreateDefault(2);
        Assert.Null(copy.Restore(twin.Snapshot()));
        var fork = twin.Fork();

        foreach (var t in new ITwin[] { twin, copy, fork })
        {
            for (var i = 0; i < 200; i++)
            {
                t.Step(333.3);
            }
        }

        Assert.Equal(Read(twin), Read(copy));
        Assert.Equal(Read(twin), Read(fork));
    }

    [Fact]
    public void Stepping_at_server_tick_does_not_allocate()
    {
        var twin = Lyophilizer.CreateDefault(1);
        var values = new double[twin.Channels.Count];
        twin.Step(10);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            twin.Step(1.0 / 30 * 1000);
            twin.ReadChannels(values);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("setpoint", "target", "shelf", "value_c", "99", "value_c")]
    [InlineData("setpoint", "target", "pressure", "value_torr", "0", "value_torr")]
    [InlineData("setpoint", "target", "door", "value_c", "1", "target")]
    [InlineData("fault", "type", "pressure", "value_torr", "abc", "value_torr")]
    [InlineData("fault", "type", "vacuum", "value_c", "1", "type")]
    public void Prepare_refuses_bad_input_naming_the_field_and_changes_nothing(string action, string k1, string v1, string k2, string v2, string field)
    {
        var twin = Lyophilizer.CreateDefault(1);
        var before = twin.Snapshot().Utf8Json;

        var preparation = twin.Prepare(TwinCommand.Of(action, (k1, v1), (k2, v2)));

        Assert.Equal(field, preparation.Error!.Field);
        Assert.Equal(before, twin.Snapshot().Utf8Json);
    }

    private static Lyophilizer Identical(double[] p)
    {
        (p[P.EdgeFactor], p[P.KvVariation], p[P.GridRows], p[P.GridColumns]) = (1, 0, 1, 1);
        return new Lyophilizer(p, 1);
    }

    private static double DryingTime(Lyophilizer twin)
    {
        while (!twin.Complete)
        {
            twin.Step(3600);
        }

        return Enumerable.Range(0, twin.VialCount).Max(twin.DryingTimeHours);
    }

    private static double[] Read(ITwin twin)
    {
        var values = new double[twin.Channels.Count];
        twin.ReadChannels(values);
        return [twin.TimeSeconds, .. values];
    }
}
